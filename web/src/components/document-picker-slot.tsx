import { createContext, useContext, type ComponentType } from 'react';

/** A document of the cooperative's vault chosen for an application's required document (ADR 0030). */
export type PickedVaultDocument = { documentId: string; fileName: string; kind: string };

export type DocumentPickerProps = {
  cooperativeId: string;
  requiredKind?: string | null;
  label: string;
  onPick: (document: PickedVaultDocument) => void;
};

export type PickedDocumentProps = { picked: PickedVaultDocument; href?: string | null; onRemove: () => void };

/**
 * The vault's picker, given to the programs feature by the app layer (features do not import each other): without it
 * the application form offers links only.
 */
export type DocumentPickerSlot = { Picker: ComponentType<DocumentPickerProps>; Picked: ComponentType<PickedDocumentProps> };

export const DocumentPickerContext = createContext<DocumentPickerSlot | null>(null);

export const useDocumentPicker = () => useContext(DocumentPickerContext);
