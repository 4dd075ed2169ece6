/**
 * Working-style presets for the AI rework cost calculator. Each describes a way
 * of working with a coding agent, in the author's words and with round
 * figures; none is a measurement of any vendor's model. They set how the task
 * runs and leave the models, their prices and their acceptance rates alone:
 * those are the reader's own numbers.
 */
import type { ReworkValues } from './reworkFields';

type TaskFieldName =
  | 'input-tokens'
  | 'output-tokens'
  | 'cache-read'
  | 'cache-write'
  | 'turns'
  | 'rework-turns'
  | 'abandon'
  | 'spec-minutes'
  | 'review-minutes';

export interface ReworkPreset {
  id: 'literal' | 'exploratory' | 'long-session';
  name: string;
  description: string;
  values: Pick<ReworkValues, TaskFieldName>;
}

export const reworkPresets: readonly ReworkPreset[] = [
  {
    id: 'literal',
    name: 'Literal, instruction-following',
    description:
      'You write a precise spec with a checklist and a "done when", and the model does what it says and little else. ' +
      'Specifying takes longer, turns are few and short, a rejected attempt is usually a narrow miss fixed in a couple ' +
      'of turns, and review is quick because the diff holds what you asked for.',
    values: {
      'input-tokens': 30_000,
      'output-tokens': 1_500,
      'cache-read': 75,
      'cache-write': 15,
      turns: 10,
      'rework-turns': 3,
      abandon: 5,
      'spec-minutes': 20,
      'review-minutes': 10,
    },
  },
  {
    id: 'exploratory',
    name: 'Exploratory',
    description:
      'You give a goal and an outline, and the model reads around, fills gaps and tidies what it thinks needs it. ' +
      'Specifying is quick, turns are many and larger, rejections come from scope drift and take a longer rework ' +
      'round, and review takes longer because the diff holds more than you asked for.',
    values: {
      'input-tokens': 60_000,
      'output-tokens': 3_000,
      'cache-read': 80,
      'cache-write': 10,
      turns: 25,
      'rework-turns': 10,
      abandon: 15,
      'spec-minutes': 5,
      'review-minutes': 25,
    },
  },
  {
    id: 'long-session',
    name: 'Long-running agent session with heavy caching',
    description:
      'One session works a large task for hours. The context is big and mostly the same from turn to turn, so ' +
      'almost all input is read from the prompt cache and only the newest tool output is written to it. Turns are ' +
      'many, a rework round is long, and the review of a large change takes a while.',
    values: {
      'input-tokens': 150_000,
      'output-tokens': 2_500,
      'cache-read': 92,
      'cache-write': 6,
      turns: 80,
      'rework-turns': 20,
      abandon: 10,
      'spec-minutes': 20,
      'review-minutes': 30,
    },
  },
];
