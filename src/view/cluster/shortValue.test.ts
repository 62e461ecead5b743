import { describe, expect, it } from 'vitest'
import { shortValue } from './shortValue'

describe('shortValue', () => {
  it('shows a JSON object by its first field, so a lesson’s order numbers read in the cells', () => {
    expect(shortValue('{"order":7,"item":"mug","amount":8.90}')).toBe('7')
    expect(shortValue('{"name":"scarf"}')).toBe('scarf')
  })
  it('shows anything else by its start, cut to fit a cell', () => {
    expect(shortValue('hola, mundo')).toBe('hola,…')
    expect(shortValue('{not json')).toBe('{not …')
    expect(shortValue('[1,2]')).toBe('[1,2]')
    expect(shortValue('{"nested":{"a":1}}')).toBe('{"nes…')
    expect(shortValue('   ')).toBe('∅')
  })
  it('keeps markup as text: it is only ever rendered as text', () => {
    expect(shortValue('{"x":"<img src=x>"}')).toBe('<img …')
  })
})
