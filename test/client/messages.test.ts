import assert from 'node:assert/strict';
import {
  MAX_LINE,
  parseHostMessage,
  parsePortfolioMessage,
  parseStatusMessage,
} from '../../client/src/preview/messages.js';

describe('client: webview message validation', () => {
  it('accepts the status preview messages on the allow-list', () => {
    assert.deepEqual(parseStatusMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseStatusMessage({ type: 'reveal', line: 55 }), { type: 'reveal', line: 55 });
    assert.deepEqual(parseStatusMessage({ type: 'reveal', line: 0 }), { type: 'reveal', line: 0 });
  });

  it('drops anything else from the status preview', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'reveal',
      42,
      [],
      ['reveal', 3],
      {},
      { type: 'open' },
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'reveal' },
      { type: 'reveal', line: '12' },
      { type: 'reveal', line: -1 },
      { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: Number.NaN },
      { type: 'reveal', line: Infinity },
      { type: 'reveal', line: MAX_LINE + 1 },
      { type: 'reveal', line: 3, uri: 'file:///etc/passwd' },
      { type: 'ready', extra: true },
      JSON.parse('{"type":"reveal","line":3,"__proto__":{"polluted":true}}'),
    ];
    for (const m of bad) assert.equal(parseStatusMessage(m), undefined, JSON.stringify(m));
  });

  it('lets the portfolio name only the plans it shows', () => {
    const known = new Set(['file:///w/a.plan.md']);
    assert.deepEqual(parsePortfolioMessage({ type: 'open', uri: 'file:///w/a.plan.md' }, known), {
      type: 'open',
      uri: 'file:///w/a.plan.md',
    });
    assert.deepEqual(parsePortfolioMessage({ type: 'reveal', uri: 'file:///w/a.plan.md', line: 7 }, known), {
      type: 'reveal',
      uri: 'file:///w/a.plan.md',
      line: 7,
    });
    assert.deepEqual(parsePortfolioMessage({ type: 'refresh' }, known), { type: 'refresh' });
    assert.equal(parsePortfolioMessage({ type: 'open', uri: 'file:///etc/passwd' }, known), undefined);
    assert.equal(parsePortfolioMessage({ type: 'open', uri: 'command:workbench.action.quit' }, known), undefined);
    assert.equal(parsePortfolioMessage({ type: 'reveal', uri: 'file:///w/a.plan.md', line: -3 }, known), undefined);
    assert.equal(parsePortfolioMessage({ type: 'reveal', line: 3 }, known), undefined);
    assert.equal(parsePortfolioMessage({ type: 'open', uri: 'file:///w/a.plan.md', line: 1 }, known), undefined);
  });

  it('the webview accepts only well-formed updates from the host', () => {
    assert.deepEqual(parseHostMessage({ type: 'update', html: '<p>x</p>' }), { type: 'update', html: '<p>x</p>' });
    assert.deepEqual(parseHostMessage({ type: 'update', html: '', uri: 'file:///a.md' }), {
      type: 'update',
      html: '',
      uri: 'file:///a.md',
    });
    assert.equal(parseHostMessage({ type: 'update', html: 3 }), undefined);
    assert.equal(parseHostMessage({ type: 'update', html: '', script: 'alert(1)' }), undefined);
    assert.equal(parseHostMessage({ type: 'eval', html: '' }), undefined);
  });
});
