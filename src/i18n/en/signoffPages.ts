/**
 * The words of the sign-off pages that open on demand: the versions of a plan (list, comparison, one
 * version, starting a new one) and the PDF export with its choice of how the child is named. Loaded
 * with those pages, not with the builder's first screen (see i18n/builderToolCatalogue.ts).
 */
export const signoffPageMessages = {
  // Versions of a plan (PlanVersionsPage.tsx, VersionView.tsx, VersionChanges.tsx, NewVersionForm.tsx).
  'signoff.versions.title': 'Versions of this plan',
  'signoff.versions.intro':
    'Each signed-off version is kept exactly as it was signed, with its fingerprint, so it can still be read and exported. Only the latest version can be changed, until it is signed off.',
  'signoff.versions.heading': 'Version {version}',
  'signoff.versions.headingLatest': 'Version {version} (latest)',
  'signoff.versions.view': 'View',
  'signoff.versions.viewHidden': 'version {version}',
  'signoff.versions.status': 'Status',
  'signoff.versions.statusOn': '{status} on {date}',
  'signoff.versions.whatChanged': 'What changed',
  'signoff.versions.firstVersion': 'The first version',
  'signoff.versions.noSummary': 'No summary recorded',
  'signoff.versions.exportPdf': 'Export PDF',
  'signoff.versions.exportPdfHidden': 'of version {version}',
  'signoff.versions.onlyOne':
    'There is only one version so far. After sign-off, “Start a new version” keeps this one as it was signed.',
  'signoff.compare.heading': 'Compare two versions',
  'signoff.compare.from': 'From',
  'signoff.compare.to': 'To',
  'signoff.compare.option': 'Version {version}',
  'signoff.compare.show': 'Show what changed',
  'signoff.changes.heading': 'What changed from version {from} to version {to}',
  'signoff.changes.none': 'Nothing: the answers in the two versions are the same.',
  'signoff.changes.kind.added': 'Added',
  'signoff.changes.kind.removed': 'Removed',
  'signoff.changes.kind.changed': 'Changed',
  'signoff.changes.was': 'Was: ',
  'signoff.changes.now': 'Now: ',
  'signoff.versionView.notFoundTitle': 'Version not found',
  'signoff.versionView.notFound': 'This plan has no version {version}.',
  'signoff.versionView.seeAll': 'See every version of this plan',
  'signoff.versionView.title': 'Version {version}',
  'signoff.versionView.about':
    'This is version {version} of {latest}: {status}. It is kept as it was and cannot be changed.',
  'signoff.versionView.aboutSignedOn':
    'This is version {version} of {latest}: {status} on {date}. It is kept as it was and cannot be changed.',
  'signoff.versionView.exportPdf': 'Export version {version} as PDF',
  'signoff.newVersion.notNeededTitle': 'Start a new version',
  'signoff.newVersion.notNeeded':
    'Only a signed-off plan needs a new version. This plan is version {version} and its status is “{status}”, so it can still be changed directly.',
  'signoff.newVersion.title': 'Start version {version}',
  'signoff.newVersion.intro':
    'Version {version} stays exactly as it was signed off: you can still view it and export it as a PDF. Version {next} starts as a draft with the same answers and no signatures, and needs signing off again.',
  'signoff.newVersion.submit': 'Start version {version}',

  // The PDF and calendar actions (ui/pdf).
  'signoff.pdf.heading': 'PDF for the child’s record',
  'signoff.pdf.signedIntro':
    'The PDF shows the signed plan with its fingerprint, and carries the plan file inside it so it can be opened here again.',
  'signoff.pdf.draftIntro': 'This plan is not signed off, so every page of its PDF is marked as not signed off.',
  'signoff.pdf.exportSigned': 'Export signed plan as PDF',
  'signoff.pdf.exportDraft': 'Export draft as PDF',
  'signoff.pdf.preparing': 'Preparing the PDF…',
  'signoff.pdf.downloaded': 'The PDF has been downloaded: {fileName}',
  'signoff.pdf.failed.load':
    'The PDF could not be made: the part of the plan builder that makes PDFs did not load. Nothing was downloaded, and the plan itself is unchanged. Check that you are online, reload the page, then try again.',
  'signoff.pdf.failed.fonts':
    'The PDF could not be made: its font did not load. Nothing was downloaded, and the plan itself is unchanged. Check that you are online, then try again.',
  'signoff.pdf.failed.render':
    'The PDF could not be made: an error stopped its pages being drawn. Nothing was downloaded, and the plan itself is unchanged. Reload the page and try again. If it happens again, you can still save the plan to a file.',
  'signoff.pdf.failed.download':
    'The PDF was made, but the browser could not be given it to save, so nothing was downloaded. The plan itself is unchanged. Try again; if it happens again, reload the page first.',
  'signoff.pdf.failedOffline':
    'The PDF could not be made. You are offline, and this device does not keep the code that makes PDFs until a PDF has been made with a connection. Nothing was downloaded, and the plan itself is unchanged. Connect and try again.',
  'signoff.nameStyle.legend': 'How should the child’s name appear in the PDF?',
  'signoff.nameStyle.hint':
    'On the pages only: the plan file attached inside the PDF keeps everything in full, so it can be opened again.',
  'signoff.nameStyle.full': 'Full name',
  'signoff.nameStyle.first': 'First name only',
  'signoff.nameStyle.initials': 'Initials only',
} as const;
