/**
 * Shrinks a box's text until it fits the box, as slide tools do: type is as large as the screen allows
 * and nothing runs off the bottom, whatever the window's size. The box's CSS sizes its type in `em` of
 * `--fit-scale`; this finds the largest scale (down to `min`) at which nothing overflows.
 */
export function fitText(box: HTMLElement, { min = 0.5, max = 1 } = {}): number {
  const fits = (scale: number) => {
    box.style.setProperty('--fit-scale', String(scale));
    return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
  };
  if (fits(max)) return max;
  let low = min;
  let high = max;
  // Eight halvings find the scale to within a few thousandths: no visible difference beyond that.
  for (let i = 0; i < 8; i++) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  fits(low);
  return low;
}
