import { lazy, Suspense } from 'react';
import { withCatalogues } from '@/app/catalogue-loader';
import type { DocumentPickerProps, DocumentPickerSlot, PickedDocumentProps } from '@/components/document-picker-slot';

// The vault's picker is only needed on an application form: its code (dialog, upload form, camera) loads with it, not
// with the app's first screen (the phone's JS budget, issue 16).
// The documents feature's words come with it (catalogue-loader.ts).
const picker = () => withCatalogues(['documents'], () => import('@/features/documents/components/vault-document-picker'));
const LazyPicker = lazy(() => picker().then((m) => ({ default: m.VaultDocumentPicker })));
const LazyPicked = lazy(() => picker().then((m) => ({ default: m.PickedDocumentLine })));

function Picker(props: DocumentPickerProps) {
  return (
    <Suspense fallback={null}>
      <LazyPicker {...props} />
    </Suspense>
  );
}

function Picked(props: PickedDocumentProps) {
  return (
    <Suspense fallback={null}>
      <LazyPicked {...props} />
    </Suspense>
  );
}

/** The vault's picker for the programs feature's application form (ADR 0030), loaded when a form first shows it. */
export const vaultDocumentPicker: DocumentPickerSlot = { Picker, Picked };
