/**
 * CLI flag parsing and help text generated from the field spec: every field
 * is a `--name value` or `--name=value` flag (booleans also accept a bare
 * `--name`), plus a few command switches such as `--json` and `--help` that
 * are not inputs. The command line is read by `node:util` parseArgs with
 * options generated from the spec (cliOptions).
 */
import { parseArgs } from 'node:util';
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

type OptionToken = Extract<NonNullable<ReturnType<typeof parseArgs>['tokens']>[number], { kind: 'option' }>;

/**
 * The `node:util` parseArgs options the spec and switches generate: a plain
 * switch or a boolean field is a boolean option (a bare `--cache`), every
 * other field and a switch with a value is a string option.
 */
export function cliOptions<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  commandSwitches: readonly CommandSwitch[],
): Record<string, { type: 'string' | 'boolean' }> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const field of spec.fields) options[field.name] = { type: field.kind === 'boolean' ? 'boolean' : 'string' };
  for (const commandSwitch of commandSwitches) options[commandSwitch.name] = { type: commandSwitch.value === undefined ? 'boolean' : 'string' };
  return options;
}

/**
 * Read the flags with `node:util` parseArgs (not strict, so every problem is
 * reported here in words that name the flag, rather than thrown), then
 * post-process its tokens: validate field values, let an explicit true/false
 * follow a boolean flag, and refuse another `--flag` as a value.
 */
export function parseCliArgs<Fields extends readonly FieldSpec[]>(
  spec: CalculatorSpec<Fields>,
  argv: readonly string[],
  commandSwitches: readonly CommandSwitch[],
): ParsedCliArgs {
  const options = cliOptions(spec, commandSwitches);
  const raw: Record<string, string> = {};
  const switches = new Map<string, string>();
  const errors: string[] = [];
  const unexpected = (argument: string) => errors.push(`Unexpected argument ${quoteInput(argument)}: every input is a --flag (see --help).`);

  /** Handle one long option token; `valueIsFlag` when it took another flag as its value, which must be read again as a flag. */
  const readOption = (token: OptionToken, next: string | undefined): { valueIsFlag: boolean; usedNext: boolean } => {
    const { name } = token;
    const commandSwitch = commandSwitches.find((candidate) => candidate.name === name);
    const takenFlag = token.inlineValue === false && token.value?.startsWith('--') === true;
    if (commandSwitch) {
      if (commandSwitch.value === undefined) {
        if (token.value !== undefined) errors.push(`--${name} takes no value.`);
        switches.set(name, '');
      } else if (token.value === undefined || takenFlag) errors.push(`--${name} needs a value (${commandSwitch.value}).`);
      else switches.set(name, token.value);
      return { valueIsFlag: takenFlag, usedNext: false };
    }
    const field = spec.fields.find((candidate) => candidate.name === name);
    if (!field) {
      errors.push(`Unknown flag --${name.slice(0, 40)} (see --help for the list).`);
      return { valueIsFlag: false, usedNext: false };
    }
    let value = token.value;
    let usedNext = false;
    if (field.kind === 'boolean' && value === undefined) {
      // A bare boolean flag means true; an explicit true/false may follow it.
      usedNext = next !== undefined && BOOLEAN_WORDS.test(next);
      value = usedNext && next !== undefined ? next : 'true';
    } else if (value === undefined || takenFlag) {
      errors.push(`--${name} needs a value (${fieldUnit(field)}).`);
      return { valueIsFlag: takenFlag, usedNext: false };
    }
    if (name in raw) errors.push(`--${name} is given more than once.`);
    const parsed = parseFieldValue(field, value);
    if (parsed.ok) raw[name] = value;
    else errors.push(`--${name}: ${parsed.error.message}.`);
    return { valueIsFlag: false, usedNext };
  };

  // parseArgs stops reading flags after "--" and lets a string option take a
  // "--flag" as its value; neither is wanted here, so both restart the parse
  // at the argument concerned.
  let start = 0;
  restart: while (start < argv.length) {
    const { tokens } = parseArgs({ args: argv.slice(start), options, strict: false, allowPositionals: true, tokens: true });
    let lastShortIndex = -1;
    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      if (token === undefined) continue;
      if (token.kind === 'option-terminator') {
        // Also what parseArgs makes of the "-" in a group such as "- -", already reported with its group.
        if (token.index !== lastShortIndex) unexpected(argv[start + token.index] ?? '--');
        start += token.index + 1;
        continue restart;
      }
      if (token.kind === 'positional') {
        unexpected(token.value);
        continue;
      }
      if (!token.rawName.startsWith('--')) {
        // A short option, or a group of them such as -abc: one message for the argument as typed.
        if (token.index !== lastShortIndex) unexpected(argv[start + token.index] ?? token.rawName);
        lastShortIndex = token.index;
        continue;
      }
      const following = tokens[index + 1];
      const next = following?.kind === 'positional' && following.index === token.index + 1 ? following.value : undefined;
      const { valueIsFlag, usedNext } = readOption(token, next);
      if (valueIsFlag) {
        start += token.index + 1;
        continue restart;
      }
      if (usedNext) index += 1;
    }
    break;
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
