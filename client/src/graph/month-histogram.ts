// Claims per month, for the histogram under the time control: every month
// from the first dated claim's to the last one's (empty months included, so
// bars line up with the range's stops), and the claims without a date.
// Structural links (PART_OF, …) have no date of their own and are not counted.
import type { ClaimData } from './elements.ts';
import { UNDATED_BY_NATURE } from './filters.ts';

export interface MonthBucket {
  /** 'YYYY-MM'. */
  readonly month: string;
  /** Claims dated in this month (to the day or to the month), plus those dated only by this month's year when it is January. */
  readonly count: number;
  /** Of `count`, claims dated only by year (put in their year's January). */
  readonly yearOnly: number;
}

export interface MonthHistogram {
  readonly months: readonly MonthBucket[];
  /** Event claims without a date. */
  readonly undated: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * The month a (partial) date falls in: '2022-07-15' and '2022-07' → '2022-07'.
 * NOTE: a date of only a year has no month: it goes to that year's January,
 * which the bucket counts apart (`yearOnly`), so the bars still add up to the
 * dated claims.
 */
export const monthOf = (when: string): string => (when.length === 4 ? `${when}-01` : when.slice(0, 7));

/** 'YYYY-MM' → 'Mar 2022'. */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** Every month from `first` to `last` ('YYYY-MM'), both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (y * 12 + m <= end) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function monthHistogram(claims: Iterable<ClaimData>): MonthHistogram {
  const counts = new Map<string, { count: number; yearOnly: number }>();
  let undated = 0;
  for (const c of claims) {
    if (UNDATED_BY_NATURE.has(c.type)) continue;
    if (c.when === null) {
      undated++;
      continue;
    }
    const b = counts.get(monthOf(c.when)) ?? { count: 0, yearOnly: 0 };
    b.count++;
    if (c.when.length === 4) b.yearOnly++;
    counts.set(monthOf(c.when), b);
  }
  const keys = [...counts.keys()].sort();
  const first = keys[0];
  const last = keys.at(-1);
  const months = first && last ? monthsBetween(first, last).map((month) => ({ month, count: counts.get(month)?.count ?? 0, yearOnly: counts.get(month)?.yearOnly ?? 0 })) : [];
  return { months, undated };
}

/** "Mar 2022: 12 claims" (and how many of them are dated only by year). */
export function bucketText(b: MonthBucket): string {
  const n = `${b.count} claim${b.count === 1 ? '' : 's'}`;
  return `${monthLabel(b.month)}: ${n}${b.yearOnly > 0 ? ` (${b.yearOnly} dated only ${b.month.slice(0, 4)})` : ''}`;
}
