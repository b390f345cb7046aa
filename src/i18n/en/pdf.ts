/**
 * The PDF's own words (src/planner/pdf): cover page, sign-off page, marks and metadata. Kept apart
 * from the plan's words because only the PDF renderer, which loads on export, needs them.
 */
export const pdfMessages = {
  'plan.pdf.footer': 'Plan {planId} · Version {version} · Page {page} of {total}',
  'plan.pdf.title': 'Staying-in-touch plan',
  'plan.pdf.titleFor': 'Staying-in-touch plan for {name}',
  'plan.pdf.sectionStep': '{title} (step {step})',
  'plan.pdf.ecomap': 'Eco-map',
  'plan.pdf.cover.child': 'Child',
  'plan.pdf.cover.version': 'Version',
  'plan.pdf.cover.signedOn': 'Date signed off',
  'plan.pdf.cover.notSignedOff': 'Not signed off yet',
  'plan.pdf.cover.nextReview': 'Next review',
  'plan.pdf.cover.law': 'Law that applies',
  'plan.pdf.cover.planId': 'Plan id',
  'plan.pdf.parties.heading': 'Parties to this plan',
  'plan.pdf.parties.name': 'Name',
  'plan.pdf.parties.role': 'Relationship or role',
  'plan.pdf.parties.none': 'No parties recorded.',
  'plan.pdf.status.heading': 'Sign-off status',
  'plan.pdf.status.signed': 'Signed off: everyone who must sign has done so.',
  'plan.pdf.status.complete': 'Everything needed for sign-off is in place.',
  'plan.pdf.status.readyStillNeeded': 'The plan is ready for sign-off. Still needed:',
  'plan.pdf.status.notReadyStillNeeded': 'This plan is not yet ready for sign-off. Still needed:',
  'plan.pdf.attachmentNote':
    'The complete plan file is attached inside this PDF (plan.json), so the plan can be opened again in Staying in touch. It includes everything in the plan, including names in full.',
  'plan.pdf.signatureOf': 'Signature of {name}',
  'plan.pdf.noDrawnSignature': 'No drawn signature: the typed name above stands as the signature.',
  'plan.pdf.fingerprint.heading': 'Fingerprint',
  'plan.pdf.fingerprint.explained':
    'This fingerprint (SHA-256) identifies the exact content of this version of the plan. Record all 64 characters on the child’s case record at sign-off. Checking this PDF in Staying in touch compares its attached plan and its pages with each other; only comparing this fingerprint with the one on the case record shows it is the plan that was signed. This is tamper-evidence, not a digital signature.',
  'plan.pdf.changeLog.heading': 'Change log',
  'plan.pdf.changeLog.version': 'Version',
  'plan.pdf.changeLog.date': 'Date',
  'plan.pdf.changeLog.by': 'By',
  'plan.pdf.changeLog.summary': 'What changed',
  'plan.pdf.law.england': 'England: Adoption and Children Act 2002',
  'plan.pdf.law.wales': 'Wales: Adoption and Children Act 2002 and Social Services and Well-being (Wales) Act 2014',
  'plan.pdf.mark.security': 'OFFICIAL-SENSITIVE',
  'plan.pdf.mark.practice': 'PRACTICE — FICTIONAL',
  'plan.pdf.mark.ready': 'READY FOR SIGN-OFF — NOT SIGNED OFF',
  'plan.pdf.mark.draft': 'DRAFT — NOT SIGNED OFF',
  'plan.pdf.meta.title': 'Staying-in-touch plan (version {version})',
  'plan.pdf.meta.subject': 'Staying-in-touch plan (contact after adoption), version {version}',
  'plan.pdf.meta.subjectPractice':
    'Staying-in-touch plan (contact after adoption), version {version}, practice plan with fictional people',
} as const;
