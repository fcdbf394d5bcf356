import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './cli.js';

/** The real yaml-language-server (the engine of VS Code's YAML extension), driven over stdio as an editor does. */
export interface LanguageServer {
  /**
   * Opens a file as the editor would; resolves with the first diagnostics the server publishes for it that satisfy
   * `until` (the server may publish before it has loaded the schema), or with the last ones after a minute.
   */
  open(file: string, until: (diagnostics: LspDiagnostic[]) => boolean): Promise<LspDiagnostic[]>;
  /** The completion items offered at a place (0-based line and character, as LSP counts). */
  complete(file: string, line: number, character: number): Promise<CompletionItem[]>;
  close(): Promise<void>;
}

export interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity?: number;
}

export interface CompletionItem {
  label: string;
  documentation?: string | { value: string };
  insertText?: string;
  kind?: number;
}

const SERVER = join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
/** The settings VS Code's YAML extension sends; no schema store, so nothing is fetched from the network. */
const SETTINGS = { yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false }, schemas: {} } };

export function startLanguageServer(rootFolder: string): LanguageServer {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_PROXY: '*', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' } });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const diagnostics = new Map<string, LspDiagnostic[][]>();
  const waiting = new Set<() => void>();
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin!.write(body);
  };
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ id, method, params });
    });
  const handle = (message: { id?: number; method?: string; params?: { uri: string; diagnostics: LspDiagnostic[] }; result?: unknown }) => {
    if (message.method === 'textDocument/publishDiagnostics' && message.params) {
      diagnostics.set(message.params.uri, [...(diagnostics.get(message.params.uri) ?? []), message.params.diagnostics]);
      for (const wake of waiting) wake();
    } else if (message.method && message.id !== undefined) {
      // The server asks the editor for settings (workspace/configuration) and registers capabilities: answer as one.
      const items = (message.params as unknown as { items?: { section?: string }[] })?.items;
      send({ id: message.id, result: message.method === 'workspace/configuration' ? (items ?? []).map((i) => (i.section === 'yaml' ? SETTINGS.yaml : i.section ? null : SETTINGS)) : null });
    } else if (message.id !== undefined && pending.has(message.id)) {
      pending.get(message.id)!(message.result);
      pending.delete(message.id);
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      handle(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
      buffer = buffer.subarray(end + 4 + length);
    }
  });
  const ready = request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(rootFolder).href,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } }, publishDiagnostics: {} }, workspace: { configuration: true } },
  }).then(() => {
    send({ method: 'initialized', params: {} });
    send({ method: 'workspace/didChangeConfiguration', params: { settings: SETTINGS } });
  });
  const uri = (file: string) => pathToFileURL(file).href;

  return {
    async open(file, until) {
      await ready;
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri: uri(file), languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } } });
      const deadline = Date.now() + 60_000;
      for (;;) {
        const last = diagnostics.get(uri(file))?.at(-1);
        if ((last && until(last)) || Date.now() > deadline) return last ?? [];
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, deadline - Date.now() + 10);
          function done() {
            clearTimeout(timer);
            waiting.delete(done);
            resolve();
          }
          waiting.add(done);
        });
      }
    },
    async complete(file, line, character) {
      await ready;
      const result = (await request('textDocument/completion', { textDocument: { uri: uri(file) }, position: { line, character } })) as { items?: CompletionItem[] } | CompletionItem[] | null;
      return Array.isArray(result) ? result : (result?.items ?? []);
    },
    async close() {
      await request('shutdown', null);
      send({ method: 'exit' });
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    },
  };
}
