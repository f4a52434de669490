/** `/vitals`: the observations as a triage nurse would chart them. */
import type { Vitals } from '../domain/record.ts';

export function formatVitals(v: Vitals): string {
  return [
    `Heart rate ${v.heartRate}/min`,
    `BP ${v.systolic}/${v.diastolic} mmHg`,
    `Respiratory rate ${v.respiratoryRate}/min`,
    `SpO₂ ${v.spo2}% on room air`,
    `Temperature ${v.temperature.toFixed(1)} °C`,
  ].join(' · ');
}
