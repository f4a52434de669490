/**
 * Harmless personal details the record does not hold (a pet, a hobby, breakfast), improvised once from
 * the record's seed and then remembered: the same question always gets the same answer. Nothing
 * clinical is ever improvised, and nothing that could contradict the record (no birds as pets, no
 * children where the record says otherwise).
 */
import { pickBy } from './hashText.ts';
import type { PlanContext } from './planContext.ts';

const PETS = [
  "I've got a golden retriever called Bailey.",
  "We've got two cats, Misty and Tom.",
  'Just the one dog, a little terrier called Scruffy.',
  'No pets at the moment.',
  'An old tabby cat called Ginger.',
  "A spaniel called Poppy, she's a handful.",
];
const HOBBIES_YOUNG = [
  'I like going to the gym and seeing friends.',
  'I play five-a-side football on Thursdays.',
  'I do a bit of running, and I read a lot.',
  'Mostly gaming and cooking, to be honest.',
  "I'm in a book club, and I like hiking.",
];
const HOBBIES_OLDER = [
  'I like pottering about in the garden.',
  'I do the crossword every day, and a bit of fishing.',
  'I go to a walking group on Sundays.',
  "I'm a big reader, and I like doing jigsaws.",
  "I watch the football, and I'm in a quiz team at the pub.",
  'I do a lot of baking.',
];
const BREAKFAST = [
  'Just a cup of tea and a slice of toast.',
  'A bowl of porridge.',
  "Nothing really, I didn't fancy anything.",
  'Some cereal and a coffee.',
  'A bacon sandwich, if I remember right.',
];
const CHILDREN_OLDER = [
  'Two grown-up children, a son and a daughter.',
  "One daughter, she's married now.",
  'No, we never had any.',
  'Three, all grown up and moved away.',
];
const CHILDREN_YOUNGER = ['No, no kids.', 'One little boy, he is four.', 'Not yet, no.'];
const LAST_PERIOD = [
  'About two weeks ago.',
  'About three weeks ago, I think.',
  'Just over a week ago.',
  'About ten days ago.',
];

function childrenFromRecord(living: string): string | undefined {
  if (/two young children/.test(living)) return 'Two young ones, they keep me busy.';
  if (/teenage children/.test(living)) return 'Two teenagers at home.';
  if (/their children/.test(living)) return "My kids, yes. It's just me and them.";
  if (/daughter/.test(living)) return 'A daughter, she pops in every day.';
  if (/adult son/.test(living)) return 'A son, he lives with me.';
  return undefined;
}

/** The remembered detail for `key`, or a new one made from the record's seed. */
export function improviseDetail(ctx: PlanContext, key: string): string {
  const remembered = ctx.memory.improvised[key];
  if (remembered !== undefined) return remembered;
  const { seed, demographics } = ctx.record;
  const salt = `${seed}|improvised|${key}`;
  const nauseated = ctx.record.presentation.symptoms.some((s) => s.id === 'nausea' || s.id === 'vomiting');
  switch (key) {
    case 'pet':
      if (/\bdog\b/.test(demographics.living)) return "Yes, we've got a dog called Max.";
      return pickBy(PETS, salt);
    case 'hobby':
      return pickBy(demographics.age < 45 ? HOBBIES_YOUNG : HOBBIES_OLDER, salt);
    case 'breakfast':
      return nauseated ? 'Nothing, I felt too sick to eat.' : pickBy(BREAKFAST, salt);
    case 'children':
      return (
        childrenFromRecord(demographics.living) ??
        pickBy(demographics.age < 30 ? CHILDREN_YOUNGER : CHILDREN_OLDER, salt)
      );
    case 'last-period':
      return pickBy(LAST_PERIOD, salt);
    default:
      return 'Oh, nothing much to tell, really.';
  }
}
