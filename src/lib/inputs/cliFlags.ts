/**
 * CLI flag parsing and help text generated from the field spec: every field
 * is a `--name value` flag (booleans also accept a bare `--name`), plus a few
 * command switches such as `--json` and `--help` that are not inputs.
 */
import { fieldUnit, formatFieldValue, type CalculatorSpec, type FieldSpec } from './fieldSpec';
import { parseFieldValue, quoteInput } from './validateFields';

export interface CommandSwitch {
  name: string;
  help: string;
  /** Placeholder of the value it takes, e.g. "file"; absent for plain switches. */
  value?: string;
}

export interface ParsedCliArgs {
  /** Raw strings of the flags given, keyed by field name; each already validated on its own. */
  raw: Record<string, string>;
  /** The command switches given, with their value ('' for plain switches). */
  switches: Map<string, string>;
  /** Messages that name the flag at fault. */
  errors: string[];
}

const BOOLEAN_WORDS = /^(true|false|1|0|yes|no|on|off)$/i;

export function parseCliArgs<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  argv: readonly string[],
  commandSwitches: readonly CommandSwitch[],
): ParsedCliArgs {
  const raw: Record<string, string> = {};
  const switches = new Map<string, string>();
  const errors: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index] ?? '';
    if (!token.startsWith('--') || token === '--') {
      errors.push(`Unexpected argument ${quoteInput(token)}: every input is a --flag (see --help).`);
      continue;
    }
    const equals = token.indexOf('=');
    const name = token.slice(2, equals === -1 ? undefined : equals);
    const inlineValue = equals === -1 ? undefined : token.slice(equals + 1);
    const commandSwitch = commandSwitches.find((candidate) => candidate.name === name);
    if (commandSwitch) {
      if (commandSwitch.value === undefined) {
        if (inlineValue !== undefined) errors.push(`--${name} takes no value.`);
        switches.set(name, '');
        continue;
      }
      const next = argv[index + 1];
      const value = inlineValue ?? (next !== undefined && !next.startsWith('--') ? next : undefined);
      if (value === undefined) errors.push(`--${name} needs a value (${commandSwitch.value}).`);
      else switches.set(name, value);
      if (inlineValue === undefined && value !== undefined) index += 1;
      continue;
    }
    const field = spec.fields.find((candidate) => candidate.name === name);
    if (!field) {
      errors.push(`Unknown flag --${name.slice(0, 40)} (see --help for the list).`);
      continue;
    }
    let value = inlineValue;
    if (value === undefined) {
      const next = argv[index + 1];
      if (field.kind === 'boolean') {
        // A bare boolean flag means true; an explicit true/false may follow it.
        if (next !== undefined && BOOLEAN_WORDS.test(next)) {
          value = next;
          index += 1;
        } else value = 'true';
      } else if (next === undefined || next.startsWith('--')) {
        errors.push(`--${name} needs a value (${fieldUnit(field)}).`);
        continue;
      } else {
        value = next;
        index += 1;
      }
    }
    if (name in raw) errors.push(`--${name} is given more than once.`);
    const parsed = parseFieldValue(field, value);
    if (parsed.ok) raw[name] = value;
    else errors.push(`--${name}: ${parsed.error.message}.`);
  }
  return { raw, switches, errors };
}

/** `--help` text listing every flag with its unit, default and help, by group. */
export function cliHelpText<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  usage: string,
  commandSwitches: readonly CommandSwitch[],
): string {
  const lines = [usage, ''];
  let group = '';
  for (const field of spec.fields) {
    if (field.group !== group) {
      group = field.group;
      lines.push(`${group}:`);
    }
    const defaultText = field.default === undefined ? 'not set' : formatFieldValue(field.default);
    const unit = fieldUnit(field);
    const flag = field.kind === 'boolean' ? `--${field.name}` : `--${field.name} <${unit}>`;
    lines.push(`  ${flag}`);
    lines.push(`      ${field.label}. ${field.help} Default: ${defaultText}.`);
  }
  lines.push('Other:');
  for (const commandSwitch of commandSwitches) {
    lines.push(`  --${commandSwitch.name}${commandSwitch.value ? ` <${commandSwitch.value}>` : ''}`, `      ${commandSwitch.help}`);
  }
  return lines.join('\n');
}
