/**
 * The query API over a loaded knowledge base: every lookup the rest of the code needs, indexed once.
 * Pure: built from already-parsed files, so the generator and the dialogue engine can use it without I/O.
 */

import type { QuestionExample } from './questionExamples.ts';
import type {
  AllergyDef,
  ChronicConditionDef,
  ConditionDef,
  ExposureDef,
  FindingDef,
  IceDef,
  InvestigationDef,
  MedicationDef,
  OntologyFile,
  OtherDiagnosisDef,
  PersonaDef,
  SpecialtyDef,
  SurgeryDef,
  SymptomDef,
  SystemDef,
} from './schema.ts';

type DemographicsDef = Extract<OntologyFile, { kind: 'demographics' }>;

/** One parsed file and where it came from. */
export interface LoadedFile {
  path: string;
  file: OntologyFile;
}

export class Ontology {
  readonly specialties = new Map<string, SpecialtyDef>();
  readonly conditions = new Map<string, ConditionDef>();
  readonly symptoms = new Map<string, SymptomDef>();
  readonly systems = new Map<string, SystemDef>();
  readonly findings = new Map<string, FindingDef>();
  readonly investigations = new Map<string, InvestigationDef>();
  readonly medications = new Map<string, MedicationDef>();
  readonly chronicConditions = new Map<string, ChronicConditionDef>();
  readonly surgeries = new Map<string, SurgeryDef>();
  readonly allergies = new Map<string, AllergyDef>();
  readonly exposures = new Map<string, ExposureDef>();
  readonly personas = new Map<string, PersonaDef>();
  readonly otherDiagnoses = new Map<string, OtherDiagnosisDef>();
  readonly ice: IceDef[] = [];
  demographics: DemographicsDef | undefined;
  /** Where each id was defined: `<kind>:<id>` → file path (for error messages). */
  readonly origin = new Map<string, string>();
  /** Ids defined more than once, with every file that defines them. */
  readonly duplicates: { key: string; paths: string[] }[] = [];
  private readonly bySpecialty = new Map<string, ConditionDef[]>();

  /**
   * @param files the parsed files, in a stable order
   * @param version a content hash of the knowledge base, recorded in every generated patient
   */
  constructor(
    files: readonly LoadedFile[],
    readonly version: string,
    /** The labelled doctor questions (ontology/questions): examples for understanding. */
    readonly questionExamples: readonly QuestionExample[] = [],
  ) {
    for (const { path, file } of files) this.add(path, file);
    for (const condition of this.conditions.values()) {
      const list = this.bySpecialty.get(condition.specialty) ?? [];
      list.push(condition);
      this.bySpecialty.set(condition.specialty, list);
    }
  }

  private put<T>(map: Map<string, T>, kind: string, key: string, value: T, path: string): void {
    const originKey = `${kind}:${key}`;
    const previous = this.origin.get(originKey);
    if (previous !== undefined) {
      const dup = this.duplicates.find((d) => d.key === originKey);
      if (dup) dup.paths.push(path);
      else this.duplicates.push({ key: originKey, paths: [previous, path] });
      return;
    }
    this.origin.set(originKey, path);
    map.set(key, value);
  }

  private add(path: string, file: OntologyFile): void {
    switch (file.kind) {
      case 'specialties':
        for (const s of file.specialties) this.put(this.specialties, 'specialty', s.id, s, path);
        break;
      case 'symptoms':
        for (const s of file.symptoms) this.put(this.symptoms, 'symptom', s.id, s, path);
        break;
      case 'systems':
        for (const s of file.systems) this.put(this.systems, 'system', s.id, s, path);
        break;
      case 'findings':
        for (const f of file.findings) this.put(this.findings, 'finding', f.id, f, path);
        break;
      case 'investigations':
        for (const i of file.investigations) this.put(this.investigations, 'investigation', i.id, i, path);
        break;
      case 'medications':
        for (const m of file.medications) this.put(this.medications, 'medication', m.id, m, path);
        break;
      case 'chronic-conditions':
        for (const c of file.conditions) this.put(this.chronicConditions, 'chronic-condition', c.id, c, path);
        break;
      case 'surgeries':
        for (const s of file.surgeries) this.put(this.surgeries, 'surgery', s.id, s, path);
        break;
      case 'allergies':
        for (const a of file.allergies) this.put(this.allergies, 'allergy', a.id, a, path);
        break;
      case 'exposures':
        for (const e of file.exposures) this.put(this.exposures, 'exposure', e.id, e, path);
        break;
      case 'personas':
        for (const p of file.personas) this.put(this.personas, 'persona', p.id, p, path);
        break;
      case 'ice':
        this.ice.push(...file.ice);
        break;
      case 'demographics':
        if (this.demographics) this.duplicates.push({ key: 'demographics', paths: [path] });
        else this.demographics = file;
        break;
      case 'other-diagnoses':
        for (const d of file.diagnoses) this.put(this.otherDiagnoses, 'other-diagnosis', d.id, d, path);
        break;
      case 'condition':
        this.put(this.conditions, 'condition', file.id, file, path);
        break;
    }
  }

  /** The enabled specialties that have at least one condition. */
  playableSpecialties(): SpecialtyDef[] {
    return [...this.specialties.values()].filter((s) => s.enabled && this.conditionsOf(s.id).length > 0);
  }

  /** The conditions of one specialty, in a stable order (by id). */
  conditionsOf(specialty: string): readonly ConditionDef[] {
    return this.bySpecialty.get(specialty) ?? [];
  }

  condition(id: string): ConditionDef | undefined {
    return this.conditions.get(id);
  }

  symptom(id: string): SymptomDef | undefined {
    return this.symptoms.get(id);
  }

  investigation(id: string): InvestigationDef | undefined {
    return this.investigations.get(id);
  }

  /** A diagnosis by id, playable or not: its display name and every synonym. */
  diagnosisNames(id: string): string[] {
    const c = this.conditions.get(id);
    if (c) return [c.name, ...c.synonyms, ...c.abbreviations];
    const o = this.otherDiagnoses.get(id);
    return o ? [o.name, ...o.synonyms] : [];
  }

  /** Counts for `ontology check` and the README. */
  counts(): Record<string, number> {
    return {
      specialties: this.specialties.size,
      conditions: this.conditions.size,
      symptoms: this.symptoms.size,
      findings: this.findings.size,
      investigations: this.investigations.size,
      medications: this.medications.size,
      chronicConditions: this.chronicConditions.size,
      personas: this.personas.size,
    };
  }
}
