/**
 * Fake Ui and HtmlService. Menus added with addToUi are recorded as caption → function name
 * trees; alerts and prompts are recorded and answered from a queue of scripted responses (an
 * unanswered prompt, or an alert offering a choice, throws so a forgotten answer is obvious);
 * sidebars and dialogs are recorded with their HTML, title and size.
 *
 * Like Google, an alert or prompt suspends the script until the person answers, while a
 * sidebar or an HTML dialog does not (https://developers.google.com/apps-script/guides/dialogs).
 * Each alert and prompt records which locks the code held when it was shown; after
 * `leaveNextOpen()`, the next alert or prompt stays open, and if a lock was held the execution
 * keeps it (FakeLockService.suspend) until `closeOpenDialog()`.
 */
import type {
  Button as ButtonValue,
  ButtonSet as ButtonSetValue,
  HtmlOutputSurface,
  HtmlServiceSurface,
  MenuSurface,
  PromptResponseSurface,
  UiSurface,
} from '../../../src/gas/surface';
import type { CallLog } from './call-log';
import { Button, ButtonSet, enumName } from './enums';
import type { LockScope } from './lock';

/** What the Ui needs from the lock service to model a suspended execution. */
export interface LockProbe {
  heldByCode(): LockScope[];
  suspend(scopes: ReadonlyArray<LockScope>): void;
  resume(): void;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: FakeMenu };

export class FakeMenu implements MenuSurface {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {}

  addItem(caption: string, functionName: string): MenuSurface {
    this.ui.calls.record('Menu.addItem');
    this.entries.push({ kind: 'item', caption, functionName });
    return this;
  }

  addSeparator(): MenuSurface {
    this.ui.calls.record('Menu.addSeparator');
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: MenuSurface): MenuSurface {
    this.ui.calls.record('Menu.addSubMenu');
    if (!(menu instanceof FakeMenu)) throw new Error('addSubMenu expects a menu created by the same Ui');
    this.entries.push({ kind: 'submenu', menu });
    return this;
  }

  addToUi(): void {
    this.ui.calls.record('Menu.addToUi');
    this.ui.menus.push(this);
  }

  /** Caption → function name for every item, submenu items as "Submenu › Item". */
  functions(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of this.entries) {
      if (entry.kind === 'item') out[entry.caption] = entry.functionName;
      if (entry.kind === 'submenu') {
        for (const [caption, fn] of Object.entries(entry.menu.functions())) out[`${entry.menu.caption} › ${caption}`] = fn;
      }
    }
    return out;
  }
}

export interface ScriptedAnswer {
  button: keyof typeof Button;
  /** What the user typed, for prompts. */
  text?: string;
}

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string | null;
  prompt: string;
  buttons: string;
  answer: ScriptedAnswer;
  /** Locks the code held while the dialog was open (each one blocks every other user meanwhile). */
  underLock: LockScope[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number;
  height: number;
}

class FakePromptResponse implements PromptResponseSurface {
  constructor(private readonly answer: ScriptedAnswer) {}
  getResponseText(): string {
    return this.answer.text ?? '';
  }
  getSelectedButton(): ButtonValue {
    return Button[this.answer.button];
  }
}

function isButtonSet(value: unknown): value is ButtonSetValue {
  return typeof value === 'string' && value in ButtonSet;
}

export class FakeUi implements UiSurface {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  readonly menus: FakeMenu[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly shown: ShownHtml[] = [];
  private readonly answers: ScriptedAnswer[] = [];
  private leaveOpen = false;
  /** The dialog the person has left open, if any. */
  openDialog: DialogRecord | null = null;

  constructor(
    readonly calls: CallLog,
    private readonly addonMenuCaption: string,
    private readonly locks: LockProbe | null = null,
  ) {}

  createMenu(caption: string): MenuSurface {
    this.calls.record('Ui.createMenu');
    return new FakeMenu(this, caption);
  }

  createAddonMenu(): MenuSurface {
    this.calls.record('Ui.createAddonMenu');
    return new FakeMenu(this, this.addonMenuCaption);
  }

  alert(prompt: string): ButtonValue;
  alert(prompt: string, buttons: ButtonSetValue): ButtonValue;
  alert(title: string, prompt: string, buttons: ButtonSetValue): ButtonValue;
  alert(first: string, second?: string | ButtonSetValue, third?: ButtonSetValue): ButtonValue {
    this.calls.record('Ui.alert');
    const { title, prompt, buttons } = this.dialogArguments(first, second, third);
    const answer = this.answers.shift() ?? (enumName(buttons) === 'OK' ? { button: 'OK' as const } : undefined);
    if (!answer) throw new Error(`FakeUi: no scripted answer for alert "${prompt}" (${enumName(buttons)})`);
    this.record({ kind: 'alert', title, prompt, buttons: enumName(buttons), answer, underLock: this.locks?.heldByCode() ?? [] });
    return Button[answer.button];
  }

  prompt(prompt: string): PromptResponseSurface;
  prompt(prompt: string, buttons: ButtonSetValue): PromptResponseSurface;
  prompt(title: string, prompt: string, buttons: ButtonSetValue): PromptResponseSurface;
  prompt(first: string, second?: string | ButtonSetValue, third?: ButtonSetValue): PromptResponseSurface {
    this.calls.record('Ui.prompt');
    const { title, prompt, buttons } = this.dialogArguments(first, second, third);
    const answer = this.answers.shift();
    if (!answer) throw new Error(`FakeUi: no scripted answer for prompt "${prompt}"`);
    this.record({ kind: 'prompt', title, prompt, buttons: enumName(buttons), answer, underLock: this.locks?.heldByCode() ?? [] });
    return new FakePromptResponse(answer);
  }

  showSidebar(userInterface: HtmlOutputSurface): void {
    this.calls.record('Ui.showSidebar');
    this.shown.push({ kind: 'sidebar', ...describe(userInterface) });
  }

  showModalDialog(userInterface: HtmlOutputSurface, title: string): void {
    this.calls.record('Ui.showModalDialog');
    this.shown.push({ kind: 'modal', ...describe(userInterface), title });
  }

  showModelessDialog(userInterface: HtmlOutputSurface, title: string): void {
    this.calls.record('Ui.showModelessDialog');
    this.shown.push({ kind: 'modeless', ...describe(userInterface), title });
  }

  /* ---- test controls ---- */

  /** The person leaves the next alert or prompt open (answering only when closeOpenDialog is called). */
  leaveNextOpen(): this {
    this.leaveOpen = true;
    return this;
  }

  /** The person finally closes the open dialog: a suspended execution lets go of its locks. */
  closeOpenDialog(): void {
    this.openDialog = null;
    this.locks?.resume();
  }

  /** Alerts and prompts shown while the code held a lock (each blocks every other user meanwhile). */
  dialogsUnderLock(): DialogRecord[] {
    return this.dialogs.filter((d) => d.underLock.length > 0);
  }

  private record(dialog: DialogRecord): void {
    this.dialogs.push(dialog);
    if (!this.leaveOpen) return;
    this.leaveOpen = false;
    this.openDialog = dialog;
    if (dialog.underLock.length > 0) this.locks?.suspend(dialog.underLock);
  }

  /** Queues the answer the user gives to the next alert or prompt. */
  answerNext(answer: ScriptedAnswer): this {
    this.answers.push(answer);
    return this;
  }

  pendingAnswers(): number {
    return this.answers.length;
  }

  /** The menu added to the UI with this caption, if any. */
  menu(caption: string): FakeMenu | undefined {
    return this.menus.find((m) => m.caption === caption);
  }

  private dialogArguments(
    first: string,
    second?: string | ButtonSetValue,
    third?: ButtonSetValue,
  ): { title: string | null; prompt: string; buttons: ButtonSetValue } {
    if (third !== undefined) return { title: first, prompt: String(second), buttons: third };
    if (second === undefined) return { title: null, prompt: first, buttons: ButtonSet.OK };
    if (isButtonSet(second)) return { title: null, prompt: first, buttons: second };
    throw new Error('Invalid argument: buttons');
  }
}

function describe(output: HtmlOutputSurface): Omit<ShownHtml, 'kind'> {
  return { title: output.getTitle(), content: output.getContent(), width: output.getWidth(), height: output.getHeight() };
}

export class FakeHtmlOutput implements HtmlOutputSurface {
  private title = '';
  private width = 300;
  private height = 500;

  constructor(private content: string) {}

  setTitle(title: string): HtmlOutputSurface {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): HtmlOutputSurface {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): HtmlOutputSurface {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  append(addedContent: string): HtmlOutputSurface {
    this.content += addedContent;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeHtmlService implements HtmlServiceSurface {
  constructor(
    private readonly calls: CallLog,
    private readonly files: Record<string, string>,
  ) {}

  createHtmlOutput(html: string): HtmlOutputSurface {
    this.calls.record('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(html);
  }

  createHtmlOutputFromFile(filename: string): HtmlOutputSurface {
    this.calls.record('HtmlService.createHtmlOutputFromFile');
    const content = this.files[filename] ?? this.files[`${filename}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return new FakeHtmlOutput(content);
  }
}
