/** How each model slot is drawn: colour token plus a dash pattern, so lines differ by more than colour. */
export const seriesStyle: Record<string, { colorClass: string; dash?: string; name: string }> = {
  m1: { colorClass: 'text-accent', name: 'solid line' },
  m2: { colorClass: 'text-warn', dash: '9 5', name: 'dashed line' },
  m3: { colorClass: 'text-ok', dash: '2 5', name: 'dotted line' },
};
