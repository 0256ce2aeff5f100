/**
 * Diagnostics for `.handoff.yaml` files: the errors of every configuration read so far (cleared
 * once fixed), and an open configuration validated as it is typed (it applies once saved).
 */
import { parseConfig } from '../engine/config.js';
import type { Rule } from '../engine/rule.js';
import type { ConfigStore } from './configStore.js';
import type { Publisher } from './publisher.js';
import type { OpenDocument } from './workspace.js';
import { normalizeUri } from './uri.js';

export class ConfigDiagnostics {
  private published = new Set<string>();

  constructor(
    private readonly configs: ConfigStore,
    private readonly rules: readonly Rule[],
    private readonly publisher: Publisher,
  ) {}

  /** Publishes the errors of every configuration file read so far (and clears fixed ones). */
  publishAll(): void {
    const now = new Set<string>();
    for (const loaded of this.configs.loaded()) {
      now.add(loaded.uri);
      this.publisher.configDiagnostics(loaded.uri, loaded.errors);
    }
    for (const uri of this.published) if (!now.has(uri)) this.publisher.configDiagnostics(uri, []);
    this.published = now;
  }

  /** Validates an open configuration's current text. */
  validateOpen(doc: OpenDocument): void {
    const errors = parseConfig(doc.getText(), this.rules).errors;
    this.published.add(normalizeUri(doc.uri));
    this.publisher.configDiagnostics(doc.uri, errors);
  }
}
