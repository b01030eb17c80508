import { describe, expect, test } from 'vitest';
import { gradeLevel, spanishReadability, spanishSyllables } from '../../src/build/readability.ts';

describe('readability', () => {
  test('counts Spanish syllables by vowel nuclei, with diphthongs and hiatus', () => {
    expect(
      ['casa', 'impuestos', 'declaración', 'país', 'aéreo', 'que', 'guitarra', 'hoy', 'Seguro', 'ciudad'].map(
        spanishSyllables,
      ),
    ).toEqual([2, 3, 4, 2, 4, 1, 3, 1, 3, 2]);
  });

  test('plain Spanish scores as easy, a long legal sentence as hard', () => {
    const plain = spanishReadability('Usted puede declarar sus impuestos. El IRS no comparte su declaración.');
    const legal = spanishReadability(
      'La información de declaraciones del contribuyente no podrá divulgarse salvo autorización expresa conforme a las disposiciones aplicables del código tributario federal vigente.',
    );
    expect(plain.fernandezHuerta).toBeGreaterThan(60);
    expect(legal.fernandezHuerta).toBeLessThan(50);
    expect(plain.inflesz).toBeGreaterThan(legal.inflesz);
  });

  test('English prose gets a Flesch–Kincaid grade', () => {
    expect(gradeLevel('The IRS keeps your tax return private. Few people may see it.')).toBeLessThan(6);
  });
});
