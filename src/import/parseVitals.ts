/**
 * Vital signs from case text ("Blood pressure: 150/90 mmHg", "Heart rate: 110 bpm", "Temperature:
 * 38.5°C (101.3°F)", "Oxygen saturation: 98% on room air"). A sign given only in words ("Tachycardic",
 * "Within normal range") gets a value that says the same; a sign missing, or outside what a living
 * patient can have, gets a normal value for the age, and a warning.
 */
import type { Vitals } from '../domain/record.ts';
import { VITAL_LIMITS } from '../ontology/checkOntology.ts';

type Kind = 'bloodPressure' | 'heartRate' | 'respiratoryRate' | 'spo2' | 'temperature';

const LABELS: readonly [Kind, RegExp][] = [
  ['bloodPressure', /blood\s*pressure|\bb\/?p\b/i],
  ['spo2', /o(?:xygen|2)\s*sat|saturation|spo2|sao2|pulse\s*ox|\bsats\b/i],
  ['heartRate', /heart\s*rate|pulse|\bhr\b/i],
  ['respiratoryRate', /resp(?:iratory)?\s*rate|respirations?|\brr\b|breathing\s*rate/i],
  ['temperature', /temp(?:erature)?|\bt\b/i],
];

const NAMES: Readonly<Record<Kind, string>> = {
  bloodPressure: 'blood pressure',
  heartRate: 'heart rate',
  respiratoryRate: 'respiratory rate',
  spo2: 'oxygen saturation',
  temperature: 'temperature',
};

/** Whether a label names one of the vital signs the record holds ("Heart_Rate", "BP", "SpO2"). */
export function isVitalSignLabel(label: string): boolean {
  return LABELS.some(([, re]) => re.test(label.replace(/_/g, ' ')));
}

/** Normal values by age: infants, young children, older children, adults. */
export function normalVitals(age: number): Vitals {
  if (age < 1)
    return { heartRate: 130, systolic: 85, diastolic: 50, respiratoryRate: 35, spo2: 98, temperature: 36.8 };
  if (age < 6)
    return { heartRate: 110, systolic: 95, diastolic: 60, respiratoryRate: 25, spo2: 98, temperature: 36.8 };
  if (age < 13)
    return { heartRate: 90, systolic: 105, diastolic: 65, respiratoryRate: 20, spo2: 98, temperature: 36.8 };
  return { heartRate: 78, systolic: 124, diastolic: 78, respiratoryRate: 15, spo2: 98, temperature: 36.8 };
}

/** What a sign described only in words stands for. */
const WORDED: Readonly<Record<Kind, { high: Partial<Vitals>; low: Partial<Vitals> }>> = {
  bloodPressure: { high: { systolic: 168, diastolic: 102 }, low: { systolic: 86, diastolic: 52 } },
  heartRate: { high: { heartRate: 112 }, low: { heartRate: 48 } },
  respiratoryRate: { high: { respiratoryRate: 26 }, low: { respiratoryRate: 9 } },
  spo2: { high: { spo2: 99 }, low: { spo2: 89 } },
  temperature: { high: { temperature: 38.4 }, low: { temperature: 35.2 } },
};
/** Words that name their sign without a label. */
const WORD_KINDS: readonly [Kind, RegExp][] = [
  ['temperature', /febrile|pyrexi|hypotherm|normotherm/i],
  ['heartRate', /tachycard|bradycard/i],
  ['bloodPressure', /hypertens|hypotens|normotens/i],
  ['respiratoryRate', /tachypn|bradypn/i],
  ['spo2', /hypox|desaturat/i],
];
const SAYS_NORMAL = /normal|within|normothermic|afebrile|unremarkable|stable|regular|normotensive/i;
const SAYS_HIGH = /tachy|hypertens|febrile|fever|pyrex|elevated|high|raised|increased/i;
const SAYS_LOW = /brady|hypotens|hypotherm|hypox|desat|low|decreased|reduced/i;

function temperatureOf(value: string): number | undefined {
  const readings = [
    ...value.matchAll(/(\d{2,3}(?:\.\d+)?)\s*(?:°|º|degrees?)?\s*(℃|℉|C\b|F\b|celsius|fahrenheit)?/gi),
  ];
  const celsius = readings.find((r) => /^(?:℃|c|celsius)$/i.test(r[2] ?? ''));
  if (celsius) return Number(celsius[1]);
  const fahrenheit = readings.find((r) => /^(?:℉|f|fahrenheit)$/i.test(r[2] ?? ''));
  const n = Number((fahrenheit ?? readings[0])?.[1]);
  if (!Number.isFinite(n)) return undefined;
  if (fahrenheit || n >= 86) return Math.round((((n - 32) * 5) / 9) * 10) / 10;
  return n;
}

function numbersOf(kind: Kind, value: string): Partial<Vitals> | undefined {
  switch (kind) {
    case 'bloodPressure': {
      const m = /(\d{2,3})\s*\/\s*(\d{2,3})/.exec(value);
      return m ? { systolic: Number(m[1]), diastolic: Number(m[2]) } : undefined;
    }
    case 'heartRate': {
      const m = /(\d{2,3})/.exec(value);
      return m ? { heartRate: Number(m[1]) } : undefined;
    }
    case 'respiratoryRate': {
      const m = /(\d{1,2})/.exec(value);
      return m ? { respiratoryRate: Number(m[1]) } : undefined;
    }
    case 'spo2': {
      const m = /(\d{2,3}(?:\.\d+)?)/.exec(value);
      return m ? { spo2: Math.round(Number(m[1])) } : undefined;
    }
    case 'temperature': {
      const t = temperatureOf(value);
      return t === undefined ? undefined : { temperature: t };
    }
  }
}

interface Reading {
  values: Partial<Vitals>;
  /** Set when the value was derived from words, for the warning. */
  worded?: string;
}

/** Each sign found in `text`, as "Label: value" segments (labels also without the colon); words only if allowed. */
function readSigns(text: string, allowWords: boolean): Map<Kind, Reading> {
  const out = new Map<Kind, Reading>();
  for (const segment of text.split(/[;\n]|,(?=\s*[A-Za-z])/)) {
    // "Label: value", or "HR 120" / "SpO2 91%" (the first digit not inside a word starts the value)
    const colon = segment.indexOf(':');
    const cut = colon >= 0 ? colon : segment.search(/(?<![A-Za-z])\d/);
    const label = cut > 0 ? segment.slice(0, cut) : segment;
    const value = cut > 0 ? segment.slice(colon >= 0 ? cut + 1 : cut) : segment;
    const named = LABELS.find(([, re]) => re.test(label))?.[0];
    // an unlabelled word such as "Febrile" or "tachycardic" names its sign itself
    const kind =
      named ?? (allowWords && cut < 0 ? WORD_KINDS.find(([, re]) => re.test(segment))?.[0] : undefined);
    if (!kind || out.has(kind)) continue;
    const values = numbersOf(kind, value);
    if (values) {
      out.set(kind, { values });
      continue;
    }
    const words = value.trim();
    if (!allowWords) continue;
    if (SAYS_NORMAL.test(words)) out.set(kind, { values: {}, worded: words });
    else if (SAYS_HIGH.test(words)) out.set(kind, { values: WORDED[kind].high, worded: words });
    else if (SAYS_LOW.test(words)) out.set(kind, { values: WORDED[kind].low, worded: words });
  }
  return out;
}

const VITAL_KEYS = ['heartRate', 'systolic', 'diastolic', 'respiratoryRate', 'spo2', 'temperature'] as const;

/** True when every value lies within the knowledge base's physiological limits (and systolic > diastolic). */
function plausible(values: Partial<Vitals>): boolean {
  for (const key of VITAL_KEYS) {
    const value = values[key];
    const { low, high } = VITAL_LIMITS[key];
    if (value !== undefined && !(value >= low && value <= high)) return false;
  }
  return (
    values.systolic === undefined || values.diastolic === undefined || values.systolic > values.diastolic
  );
}

export interface VitalsReading {
  vitals: Vitals;
  warnings: string[];
}

/**
 * The vitals of a case: from `vitalSigns` (the case's vital-signs text), then from `elsewhere` (the rest
 * of the examination) for any sign it lacks, then normal values for `age`.
 */
export function parseVitals(vitalSigns: string, elsewhere: string, age: number): VitalsReading {
  const vitals = normalVitals(age);
  const warnings: string[] = [];
  const primary = readSigns(vitalSigns, true);
  // elsewhere only numbers count: "pulses weak" in a vascular exam is not a heart rate
  const secondary = readSigns(elsewhere, false);
  const defaulted: string[] = [];
  for (const [kind] of LABELS) {
    const reading = primary.get(kind) ?? secondary.get(kind);
    if (!reading) {
      defaulted.push(NAMES[kind]);
      continue;
    }
    if (!plausible(reading.values)) {
      warnings.push(
        `vitals: ${NAMES[kind]} ${JSON.stringify(reading.values)} is outside physiological limits; used a normal value`,
      );
      continue;
    }
    Object.assign(vitals, reading.values);
    if (reading.worded !== undefined && Object.keys(reading.values).length > 0) {
      warnings.push(
        `vitals: ${NAMES[kind]} given only as "${reading.worded}"; used ${JSON.stringify(reading.values)}`,
      );
    }
  }
  if (defaulted.length > 0) {
    warnings.push(`vitals: the case gives no ${defaulted.join(', ')}; used normal values for the age`);
  }
  return { vitals, warnings };
}
