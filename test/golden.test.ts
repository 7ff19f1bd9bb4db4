// Golden tests for every plan in plans/: the model dump and the canonical DOCX XML.
import { describe, expect, it } from 'vitest';
import { dump } from '../src/model/dump.js';
import { buildDocument } from '../src/pipeline.js';
import { canonicalPart, docxParts, renderDocx } from './helpers/docx.js';
import { expectGolden } from './helpers/golden.js';
import { shippedPlans } from './helpers/plans.js';

const PARTS = ['word/document.xml', 'word/styles.xml', 'word/header1.xml', 'docProps/core.xml', '[Content_Types].xml'];

describe.each(shippedPlans())('$name', ({ file, name }) => {
  it('model dump matches its golden file', async () => {
    const { document, diagnostics } = await buildDocument(file);
    expect(diagnostics).toEqual([]);
    expectGolden(`test/golden/model/${name}.txt`, dump(document));
  });

  it('DOCX XML matches its golden files', async () => {
    const bytes = await renderDocx((await buildDocument(file)).document);
    for (const part of PARTS) {
      expect(docxParts(bytes)[part], part).toBeDefined();
      expectGolden(`test/golden/docx/${name}/${part}`, canonicalPart(bytes, part));
    }
  });
});
