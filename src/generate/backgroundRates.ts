/**
 * Population rates the generator uses when a condition says nothing about a habit. They are not facts
 * about any condition, only the backdrop against which a condition's own risk factors stand out.
 * Sources: ONS Adult smoking habits in the UK 2023 (11.9% current smokers, about a quarter ex-smokers);
 * NHS Health Survey for England 2022 (about a fifth of adults drink no alcohol, most drinkers within 14
 * units a week).
 */
export const BACKGROUND = {
  currentSmoker: 0.12,
  exSmoker: 0.22,
  /** Pack-years of a smoker whose condition gives no range. */
  packYears: { low: 1, high: 30 },
  /** Share of a condition's smokers (risk factor) who still smoke, the rest having quit. */
  riskSmokerStillSmoking: 0.6,
  teetotal: 0.2,
  /** Among drinkers: share above 14 units a week, and the ranges. */
  heavyDrinker: 0.15,
  moderateUnits: { low: 1, high: 14 },
  heavyUnits: { low: 15, high: 35 },
  /** At most this many comorbidities drawn from background prevalence. */
  maxBackgroundConditions: 3,
  maxAllergies: 3,
  maxSurgeries: 2,
  /** Family history drawn from background prevalence: chance scale and cap. */
  familyScale: 0.3,
  maxBackgroundFamily: 2,
  /** Chance that a chronic condition is managed without regular medication. */
  untreated: 0.1,
  /** Most drug classes taken for one chronic condition. */
  maxClassesPerCondition: 3,
} as const;

/**
 * How prevalence scales with age: adult prevalences are averages over all adults, and most chronic
 * disease is rarer in the young and commoner in the old (0.4× at 30 or younger, rising to 1.6× at 75).
 */
export function ageScale(age: number): number {
  const t = Math.min(1, Math.max(0, (age - 30) / 45));
  return 0.4 + 1.2 * t;
}
