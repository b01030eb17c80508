/**
 * `read`, remembered for each key until the build ends: content cannot change during a build, so what many
 * pages ask for is read once. The dev server reads afresh each time, so an edit shows at once.
 */
export function oncePerBuild<K, V>(read: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const made = new Map<K, Promise<V>>();
  return (key) => {
    if (!import.meta.env.PROD) return read(key);
    let value = made.get(key);
    if (!value) made.set(key, (value = read(key)));
    return value;
  };
}
