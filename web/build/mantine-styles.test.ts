import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mantineCss, mantineImports } from './mantine-styles';

const file = join(__dirname, '../src/app/mantine.css');

describe("Mantine's styles (only the components the app uses)", () => {
  it('src/app/mantine.css is up to date with the components the app imports', () => {
    if (process.env.UPDATE_MANTINE_CSS === '1') writeFileSync(file, mantineCss());
    expect(readFileSync(file, 'utf8')).toBe(mantineCss());
  });

  it('keeps the global styles first and the components that other components render', () => {
    const imports = mantineImports();
    expect(imports.slice(0, 3)).toEqual([
      "@import '@mantine/core/styles/baseline.css';",
      "@import '@mantine/core/styles/default-css-variables.css';",
      "@import '@mantine/core/styles/global.css';",
    ]);
    // A Select renders a Combobox in a Popover; a Table scrolls in a ScrollArea.
    for (const component of ['Combobox', 'Popover', 'ScrollArea', 'Input', 'Table']) {
      expect(imports).toContain(`@import '@mantine/core/styles/${component}.css';`);
    }
    // Never imported by the app, nor rendered by what it imports.
    expect(imports).not.toContain("@import '@mantine/core/styles/AppShell.css';");
    expect(imports).not.toContain("@import '@mantine/core/styles/ColorPicker.css';");
  });
});
