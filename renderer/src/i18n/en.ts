import type { Messages } from './id';

export const en: Messages = {
  app: {
    name: 'DTKS Kelurahan',
    tagline: 'DTKS/DTSEN data work in the kelurahan office',
    trainingBanner: 'TRAINING MODE: all data here is fictitious, for training and demos.',
    backToReal: 'Back to the real data',
    language: 'Language',
    loading: 'Loading…',
    errorTitle: 'Something went wrong',
    errorBody: 'This screen failed to display. Saved data is safe.',
    reload: 'Reload',
    skipToContent: 'Skip to content',
  },
  nav: {
    beranda: 'Home',
    warga: 'Residents & Families',
    usulan: 'Proposals',
    musyawarah: 'Community meeting',
    surat: 'Letters',
    ekspor: 'Export',
    pengaturan: 'Settings',
  },
  common: {
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    add: 'Add',
    close: 'Close',
    yes: 'Yes',
    no: 'No',
    required: 'required',
  },
};
