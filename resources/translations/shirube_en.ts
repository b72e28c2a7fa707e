<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>Labels</name>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>sourced</source>
            <translation>sourced</translation>
        </message>
        <message>
            <source>known</source>
            <translation>known</translation>
        </message>
        <message>
            <source>estimate</source>
            <translation>estimate</translation>
        </message>
        <message>
            <source>Confirmed in a public source</source>
            <translation>Confirmed in a public source</translation>
        </message>
        <message>
            <source>Well established, not confirmed in a stored source</source>
            <translation>Well established, not confirmed in a stored source</translation>
        </message>
        <message>
            <source>Stated in the FY2025 MHLW briefing deck</source>
            <translation>Stated in the FY2025 MHLW briefing deck</translation>
        </message>
        <message>
            <source>%1 mo</source>
            <translation>%1 mo</translation>
        </message>
        <message>
            <source>%1–%2–%3 mo</source>
            <translation>%1–%2–%3 mo</translation>
        </message>
        <message>
            <source>%1 oku yen</source>
            <translation>%1 oku yen</translation>
        </message>
        <message>
            <source>%1 man yen</source>
            <translation>%1 man yen</translation>
        </message>
        <message>
            <source>%1 yen</source>
            <translation>%1 yen</translation>
        </message>
        <message>
            <source>About the product</source>
            <translation>About the product</translation>
        </message>
        <message>
            <source>Already know the class?</source>
            <translation>Already know the class?</translation>
        </message>
        <message>
            <source>Hardware</source>
            <translation>Hardware</translation>
        </message>
        <message>
            <source>Software (SaMD)</source>
            <translation>Software (SaMD)</translation>
        </message>
        <message>
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Your organisation</source>
            <translation>Your organisation</translation>
        </message>
        <message>
            <source>Stage and goals</source>
            <translation>Stage and goals</translation>
        </message>
        <message>
            <source>This ruleset has no help text for this question.</source>
            <translation>This ruleset has no help text for this question.</translation>
        </message>
        <message>
            <source>Shirube cannot start</source>
            <translation>Shirube cannot start</translation>
        </message>
        <message>
            <source>The built-in ruleset could not be loaded:
%1</source>
            <translation>The built-in ruleset could not be loaded:
%1</translation>
        </message>
        <message>
            <source>Planning estimate, not a published figure</source>
            <translation>Planning estimate, not a published figure</translation>
        </message>
        <message>
            <source>MHLW briefing</source>
            <translation>MHLW briefing</translation>
        </message>
    </context>
    <context>
        <name>ProjectPrompts</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>“%1” has changes that are not saved. Save them before closing it?</source>
            <translation>“%1” has changes that are not saved. Save them before closing it?</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Shirube projects (*.shirube);;Product profiles (*.json);;All files (*)</source>
            <translation>Shirube projects (*.shirube);;Product profiles (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>Save project</translation>
        </message>
        <message>
            <source>Shirube projects (*.shirube)</source>
            <translation>Shirube projects (*.shirube)</translation>
        </message>
        <message>
            <source>Recover unsaved work</source>
            <translation>Recover unsaved work</translation>
        </message>
        <message>
            <source>Shirube did not close properly last time. Unsaved work was kept:</source>
            <translation>Shirube did not close properly last time. Unsaved work was kept:</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Recover</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <source>Decide later</source>
            <translation>Decide later</translation>
        </message>
        <message>
            <source>Project already open</source>
            <translation>Project already open</translation>
        </message>
        <message>
            <source>“%1” is open in %2.</source>
            <translation>“%1” is open in %2.</translation>
        </message>
        <message>
            <source>Only one window can change a project at a time, so that nobody&apos;s work is saved over. You can open it read-only to look at it and save a copy under another name.</source>
            <translation>Only one window can change a project at a time, so that nobody&apos;s work is saved over. You can open it read-only to look at it and save a copy under another name.</translation>
        </message>
        <message>
            <source>Open Read-Only</source>
            <translation>Open Read-Only</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::AboutDialog</name>
        <message>
            <source>About Shirube</source>
            <translation>About Shirube</translation>
        </message>
        <message>
            <source>Plans how a medical device or SaMD reaches the Japanese market: class, procedure, routes with time and cost, designations and funding.</source>
            <translation>Plans how a medical device or SaMD reaches the Japanese market: class, procedure, routes with time and cost, designations and funding.</translation>
        </message>
        <message>
            <source>Ruleset: %1 — %2, version %3</source>
            <translation>Ruleset: %1 — %2, version %3</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Confidence marks</source>
            <translation>Confidence marks</translation>
        </message>
        <message>
            <source>Shirube is a planning aid, not regulatory advice. Check every step with PMDA or a registered certification body.</source>
            <translation>Shirube is a planning aid, not regulatory advice. Check every step with PMDA or a registered certification body.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ClassificationCard</name>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Class:</source>
            <translation>Class:</translation>
        </message>
        <message>
            <source>Procedure:</source>
            <translation>Procedure:</translation>
        </message>
        <message>
            <source>Review category:</source>
            <translation>Review category:</translation>
        </message>
        <message>
            <source>Why this class</source>
            <translation>Why this class</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <source>Not a medical device</source>
            <translation>Not a medical device</translation>
        </message>
        <message>
            <source>(the rules give %1)</source>
            <translation>(the rules give %1)</translation>
        </message>
        <message>
            <source>None needed</source>
            <translation>None needed</translation>
        </message>
        <message>
            <source>What decides this:</source>
            <translation>What decides this:</translation>
        </message>
        <message>
            <source>answer %1 and the result becomes definite.</source>
            <translation>answer %1 and the result becomes definite.</translation>
        </message>
        <message>
            <source>not a medical device</source>
            <translation>not a medical device</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Why:</translation>
        </message>
        <message>
            <source>Assumed (answer to settle):</source>
            <translation>Assumed (answer to settle):</translation>
        </message>
        <message>
            <source>Otherwise:</source>
            <translation>Otherwise:</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2, %3</source>
            <translation>%1: %2, %3</translation>
        </message>
        <message>
            <source>Generic name: %1, JMDN %2</source>
            <translation>Generic name: %1, JMDN %2</translation>
        </message>
        <message>
            <source>The classification rules would give %1; the generic name&apos;s class applies.</source>
            <translation>The classification rules would give %1; the generic name&apos;s class applies.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::CompareDialog</name>
        <message>
            <source>P50 %1 · P80 %2</source>
            <translation>P50 %1 · P80 %2</translation>
        </message>
        <message>
            <source>P80 cost %1</source>
            <translation>P80 cost %1</translation>
        </message>
        <message>
            <source>Uses: %1</source>
            <translation>Uses: %1</translation>
        </message>
        <message>
            <source>FY%1 budget %2</source>
            <translation>FY%1 budget %2</translation>
        </message>
        <message>
            <source>Compare products</source>
            <translation>Compare products</translation>
        </message>
        <message>
            <source>First product</source>
            <translation>First product</translation>
        </message>
        <message>
            <source>Second product</source>
            <translation>Second product</translation>
        </message>
        <message>
            <source>The two products&apos; plans side by side</source>
            <translation>The two products&apos; plans side by side</translation>
        </message>
        <message>
            <source>Tinted: the two products differ. Hover a route for its steps, sources and confidence (%1).</source>
            <translation>Tinted: the two products differ. Hover a route for its steps, sources and confidence (%1).</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>Procedure</translation>
        </message>
        <message>
            <source>Review category</source>
            <translation>Review category</translation>
        </message>
        <message>
            <source>Route %1</source>
            <translation>Route %1</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>Designations</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>%1 vs %2</source>
            <translation>%1 vs %2</translation>
        </message>
        <message>
            <source>comparison</source>
            <translation>comparison</translation>
        </message>
        <message>
            <source>≠: the two products differ. Confidence of the figures: %1.</source>
            <translation>≠: the two products differ. Confidence of the figures: %1.</translation>
        </message>
        <message>
            <source>Could not write the PDF %1.</source>
            <translation>Could not write the PDF %1.</translation>
        </message>
        <message>
            <source>Export comparison as PDF</source>
            <translation>Export comparison as PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Save the two products side by side as a PDF</source>
            <translation>Save the two products side by side as a PDF</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ConflictDialog</name>
        <message>
            <source>%1 (mine)</source>
            <translation>%1 (mine)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Chosen route</source>
            <translation>Chosen route</translation>
        </message>
        <message>
            <source>Your estimates</source>
            <translation>Your estimates</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Milestones</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Last plan</source>
            <translation>Last plan</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>someone else</source>
            <translation>someone else</translation>
        </message>
        <message>
            <source>“%1” was removed by %2 at %3 while you were editing it. Keep yours to put it back, or take theirs to let it go.</source>
            <translation>“%1” was removed by %2 at %3 while you were editing it. Keep yours to put it back, or take theirs to let it go.</translation>
        </message>
        <message>
            <source>You removed “%1”, but %2 changed it at %3. Keep yours to remove it anyway (their version stays in the history), or take theirs to keep it.</source>
            <translation>You removed “%1”, but %2 changed it at %3. Keep yours to remove it anyway (their version stays in the history), or take theirs to keep it.</translation>
        </message>
        <message>
            <source>“%1” was changed by %2 at %3 while you were editing it. Nothing was overwritten. Keep yours (theirs stays in the history), take theirs, or keep both, yours as a copy.</source>
            <translation>“%1” was changed by %2 at %3 while you were editing it. Nothing was overwritten. Keep yours (theirs stays in the history), take theirs, or keep both, yours as a copy.</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>Keep &amp;mine</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Take &amp;theirs</translation>
        </message>
        <message>
            <source>Keep &amp;both</source>
            <translation>Keep &amp;both</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Theirs</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(removed)</translation>
        </message>
        <message numerus="yes">
            <source>%n estimate(s)</source>
            <translation>
                <numerusform>%n estimate</numerusform>
                <numerusform>%n estimates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::DesignationModel</name>
        <message>
            <source>What it gives: %1</source>
            <translation>What it gives: %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Designation</source>
            <translation>Designation</translation>
        </message>
        <message>
            <source>Eligibility</source>
            <translation>Eligibility</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Chance of being granted: about %1 %2</source>
            <translation>Chance of being granted: about %1 %2</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>about %1</translation>
        </message>
        <message>
            <source>Granted whenever the requirements are met: no selection.</source>
            <translation>Granted whenever the requirements are met: no selection.</translation>
        </message>
        <message>
            <source>Granted to about %1 of the products that apply.</source>
            <translation>Granted to about %1 of the products that apply.</translation>
        </message>
        <message>
            <source>Chance granted</source>
            <translation>Chance granted</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ExamplesGallery</name>
        <message>
            <source>Examples</source>
            <translation>Examples</translation>
        </message>
        <message>
            <source>Real products from the FY2025 MHLW briefing. Click one to open it; your changes stay yours until you save.</source>
            <translation>Real products from the FY2025 MHLW briefing. Click one to open it; your changes stay yours until you save.</translation>
        </message>
        <message>
            <source>No examples are bundled with this build.</source>
            <translation>No examples are bundled with this build.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::FundingModel</name>
        <message>
            <source>FY%1</source>
            <translation>FY%1</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>Best-fitting area: %1</source>
            <translation>Best-fitting area: %1</translation>
        </message>
        <message>
            <source>Can fund: %1</source>
            <translation>Can fund: %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>Scheme</translation>
        </message>
        <message>
            <source>Ministry</source>
            <translation>Ministry</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Can fund</source>
            <translation>Can fund</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>FY%1 budget: %2</source>
            <translation>FY%1 budget: %2</translation>
        </message>
        <message>
            <source>⚠ The budget is the FY%1 figure (April %1 – March %2), and the plan&apos;s month %3 is past that fiscal year: check the current call before relying on it.</source>
            <translation>⚠ The budget is the FY%1 figure (April %1 – March %2), and the plan&apos;s month %3 is past that fiscal year: check the current call before relying on it.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GenericNameImportDialog</name>
        <message>
            <source>Import generic-name list</source>
            <translation>Import generic-name list</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Imported %1 generic names from %2 (%3 of them add to the shipped list). The search now finds %4 names. The shipped list is unchanged; the imported list is kept in %5.</source>
            <translation>Imported %1 generic names from %2 (%3 of them add to the shipped list). The search now finds %4 names. The shipped list is unchanged; the imported list is kept in %5.</translation>
        </message>
        <message numerus="yes">
            <source>%n imported name(s) have a different class than the shipped list; the imported class is used.</source>
            <translation>
                <numerusform>%n imported name has a different class than the shipped list; the imported class is used.</numerusform>
                <numerusform>%n imported names have a different class than the shipped list; the imported class is used.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was not imported: %n row(s) have a problem, listed below. Nothing was changed; correct the file and import it again.</source>
            <translation>
                <numerusform>%1 was not imported: %n row has a problem, listed below. Nothing was changed; correct the file and import it again.</numerusform>
                <numerusform>%1 was not imported: %n rows have a problem, listed below. Nothing was changed; correct the file and import it again.</numerusform>
            </translation>
        </message>
        <message>
            <source>(whole row)</source>
            <translation>(whole row)</translation>
        </message>
        <message>
            <source>%1 could not be read. Check that the file exists and that you may open it. Nothing was changed.</source>
            <translation>%1 could not be read. Check that the file exists and that you may open it. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 was read, but the imported list could not be saved in %2. Check that the folder is writable and the disk is not full. Nothing was changed.</source>
            <translation>%1 was read, but the imported list could not be saved in %2. Check that the folder is writable and the disk is not full. Nothing was changed.</translation>
        </message>
        <message>
            <source>%1 could not be imported. Nothing was changed.</source>
            <translation>%1 could not be imported. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GenericNameListModel</name>
        <message>
            <source>notification</source>
            <translation>notification</translation>
        </message>
        <message>
            <source>certification</source>
            <translation>certification</translation>
        </message>
        <message>
            <source>approval</source>
            <translation>approval</translation>
        </message>
        <message>
            <source>JMDN %1 · %2 · %3</source>
            <translation>JMDN %1 · %2 · %3</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GenericNamePicker</name>
        <message>
            <source>Picked: %1
%2</source>
            <translation>Picked: %1
%2</translation>
        </message>
        <message>
            <source>JMDN %1 is not in the generic-name table. Import PMDA&apos;s list of generic names (File menu) to look it up, or clear it.</source>
            <translation>JMDN %1 is not in the generic-name table. Import PMDA&apos;s list of generic names (File menu) to look it up, or clear it.</translation>
        </message>
        <message>
            <source>Search the Japanese generic name (一般的名称): it fixes the class and whether a certification standard applies. Type a Japanese or English name, part of a word, or the 8-digit JMDN code.</source>
            <translation>Search the Japanese generic name (一般的名称): it fixes the class and whether a certification standard applies. Type a Japanese or English name, part of a word, or the 8-digit JMDN code.</translation>
        </message>
        <message>
            <source>e.g. CT, カテーテル, glucose, 37618010</source>
            <translation>e.g. CT, カテーテル, glucose, 37618010</translation>
        </message>
        <message>
            <source>Search generic names</source>
            <translation>Search generic names</translation>
        </message>
        <message>
            <source>Generic names found</source>
            <translation>Generic names found</translation>
        </message>
        <message>
            <source>No generic name matches. Try another word, the code, or tick &quot;I can&apos;t find a generic name&quot; below.</source>
            <translation>No generic name matches. Try another word, the code, or tick &quot;I can&apos;t find a generic name&quot; below.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Clear the generic name and answer the classification questions instead</source>
            <translation>Clear the generic name and answer the classification questions instead</translation>
        </message>
        <message>
            <source>I can&apos;t find a generic name
(a new kind of device)</source>
            <translation>I can&apos;t find a generic name
(a new kind of device)</translation>
        </message>
        <message>
            <source>The classification questions below then decide the class.</source>
            <translation>The classification questions below then decide the class.</translation>
        </message>
        <message>
            <source>Your product&apos;s name contains the generic name %1 (%2). The plan assumes it until you pick a generic name.</source>
            <translation>Your product&apos;s name contains the generic name %1 (%2). The plan assumes it until you pick a generic name.</translation>
        </message>
        <message>
            <source>Use it</source>
            <translation>Use it</translation>
        </message>
        <message>
            <source>Pick this generic name for the product</source>
            <translation>Pick this generic name for the product</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GraphDetailsPane</name>
        <message>
            <source>Development</source>
            <translation>Development</translation>
        </message>
        <message>
            <source>Regulatory review</source>
            <translation>Regulatory review</translation>
        </message>
        <message>
            <source>Market and reimbursement</source>
            <translation>Market and reimbursement</translation>
        </message>
        <message>
            <source>Overseas</source>
            <translation>Overseas</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Click a state (box) or a transition (arrow) in the graph to see what it is, how long it takes, what it costs, when it applies and where the figures come from.</source>
            <translation>Click a state (box) or a transition (arrow) in the graph to see what it is, how long it takes, what it costs, when it applies and where the figures come from.</translation>
        </message>
        <message>
            <source>no source given</source>
            <translation>no source given</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Reached from</source>
            <translation>Reached from</translation>
        </message>
        <message>
            <source>Leads to</source>
            <translation>Leads to</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Transition</source>
            <translation>Transition</translation>
        </message>
        <message>
            <source>Applies when:</source>
            <translation>Applies when:</translation>
        </message>
        <message>
            <source>always</source>
            <translation>always</translation>
        </message>
        <message>
            <source>Uses the designation:</source>
            <translation>Uses the designation:</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Months (min–likely–max)</source>
            <translation>Months (min–likely–max)</translation>
        </message>
        <message>
            <source>Fee or cost, JPY (min / likely / max)</source>
            <translation>Fee or cost, JPY (min / likely / max)</translation>
        </message>
        <message>
            <source>runs in parallel</source>
            <translation>runs in parallel</translation>
        </message>
        <message>
            <source>only when:</source>
            <translation>only when:</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::GraphView</name>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
            <translation>Zoom in (Ctrl++, Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
            <translation>Zoom out (Ctrl+−, Ctrl+wheel)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Show the whole graph (Ctrl+0)</source>
            <translation>Show the whole graph (Ctrl+0)</translation>
        </message>
        <message>
            <source>selected route</source>
            <translation>selected route</translation>
        </message>
        <message>
            <source>faded: not possible for this product</source>
            <translation>faded: not possible for this product</translation>
        </message>
        <message>
            <source>Drag to pan, Ctrl+wheel or +/− to zoom, 0 to fit; click a box or an arrow for details.</source>
            <translation>Drag to pan, Ctrl+wheel or +/− to zoom, 0 to fit; click a box or an arrow for details.</translation>
        </message>
        <message>
            <source>State graph</source>
            <translation>State graph</translation>
        </message>
        <message>
            <source>The regulatory states and the transitions between them. Arrow keys move between elements, Enter shows the details.</source>
            <translation>The regulatory states and the transitions between them. Arrow keys move between elements, Enter shows the details.</translation>
        </message>
        <message>
            <source>The graph could not be laid out: %1</source>
            <translation>The graph could not be laid out: %1</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::HelpWindow</name>
        <message>
            <source>User &amp;Guide</source>
            <translation>User &amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Glossary</source>
            <translation>&amp;Glossary</translation>
        </message>
        <message>
            <source>Shirube Help</source>
            <translation>Shirube Help</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Glossary</source>
            <translation>Glossary</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::HistoryDialog</name>
        <message>
            <source>not answered</source>
            <translation>not answered</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Team Project History</source>
            <translation>Team Project History</translation>
        </message>
        <message>
            <source>Every saved change to this team project, newest first. Choose one to see what it changed; Restore puts the product back as it was before that change, as a new version (nothing is overwritten: the current version stays in this history).</source>
            <translation>Every saved change to this team project, newest first. Choose one to see what it changed; Restore puts the product back as it was before that change, as a new version (nothing is overwritten: the current version stays in this history).</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>&amp;Restore the Earlier Version</source>
            <translation>&amp;Restore the Earlier Version</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The history could not be read: %1</source>
            <translation>The history could not be read: %1</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>restored an earlier version</source>
            <translation>restored an earlier version</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>Choose a change above to see what it changed.</source>
            <translation>Choose a change above to see what it changed.</translation>
        </message>
        <message>
            <source>%1 added “%2” on %3.</source>
            <translation>%1 added “%2” on %3.</translation>
        </message>
        <message>
            <source>%1 removed “%2” on %3. Restore brings it back as it was.</source>
            <translation>%1 removed “%2” on %3. Restore brings it back as it was.</translation>
        </message>
        <message>
            <source>%1 changed “%2” on %3.</source>
            <translation>%1 changed “%2” on %3.</translation>
        </message>
        <message>
            <source>Nothing a reader would notice changed (the saved plan only).</source>
            <translation>Nothing a reader would notice changed (the saved plan only).</translation>
        </message>
        <message>
            <source>What changed (before → after):</source>
            <translation>What changed (before → after):</translation>
        </message>
        <message>
            <source>Not restored: %1</source>
            <translation>Not restored: %1</translation>
        </message>
        <message>
            <source>Not restored: someone else saved “%1” at the same moment; try again.</source>
            <translation>Not restored: someone else saved “%1” at the same moment; try again.</translation>
        </message>
        <message>
            <source>“%1” is restored as it was before %2, as a new version on the server. To undo this, restore the version before this restore.</source>
            <translation>“%1” is restored as it was before %2, as a new version on the server. To undo this, restore the version before this restore.</translation>
        </message>
        <message>
            <source>Name: “%1”%2“%3”</source>
            <translation>Name: “%1”%2“%3”</translation>
        </message>
        <message>
            <source>%1: %2%3%4</source>
            <translation>%1: %2%3%4</translation>
        </message>
        <message numerus="yes">
            <source>%n other answer(s) of the profile</source>
            <translation>
                <numerusform>%n other answer of the profile</numerusform>
                <numerusform>%n other answers of the profile</numerusform>
            </translation>
        </message>
        <message>
            <source>The chosen route</source>
            <translation>The chosen route</translation>
        </message>
        <message>
            <source>Your estimates: %1%2%3</source>
            <translation>Your estimates: %1%2%3</translation>
        </message>
        <message numerus="yes">
            <source>%n estimate(s)</source>
            <translation>
                <numerusform>%n estimate</numerusform>
                <numerusform>%n estimates</numerusform>
            </translation>
        </message>
        <message>
            <source>Milestones: %1%2%3</source>
            <translation>Milestones: %1%2%3</translation>
        </message>
        <message numerus="yes">
            <source>%n milestone(s)</source>
            <translation>
                <numerusform>%n milestone</numerusform>
                <numerusform>%n milestones</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes: “%1”%2“%3”</source>
            <translation>Notes: “%1”%2“%3”</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::MainWindow</name>
        <message>
            <source>Untitled product</source>
            <translation>Untitled product</translation>
        </message>
        <message>
            <source>Export plan</source>
            <translation>Export plan</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>Start a new product profile</source>
            <translation>Start a new product profile</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open a product profile (JSON) or a project</source>
            <translation>Open a product profile (JSON) or a project</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save the product profile</source>
            <translation>Save the product profile</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>E&amp;xamples…</source>
            <translation>E&amp;xamples…</translation>
        </message>
        <message>
            <source>Open one of the bundled example products</source>
            <translation>Open one of the bundled example products</translation>
        </message>
        <message>
            <source>&amp;Export Plan as Markdown…</source>
            <translation>&amp;Export Plan as Markdown…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Trainer Mode</source>
            <translation>&amp;Trainer Mode</translation>
        </message>
        <message>
            <source>Step through the selected route full screen, for a room</source>
            <translation>Step through the selected route full screen, for a room</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>&amp;Fit Graph</source>
            <translation>&amp;Fit Graph</translation>
        </message>
        <message>
            <source>Go to &amp;Questions</source>
            <translation>Go to &amp;Questions</translation>
        </message>
        <message>
            <source>Go to &amp;Routes</source>
            <translation>Go to &amp;Routes</translation>
        </message>
        <message>
            <source>Go to &amp;Graph</source>
            <translation>Go to &amp;Graph</translation>
        </message>
        <message>
            <source>&amp;About Shirube</source>
            <translation>&amp;About Shirube</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>&amp;Clear Menu</translation>
        </message>
        <message>
            <source>Routes</source>
            <translation>Routes</translation>
        </message>
        <message>
            <source>★ marks routes that no other route beats on both time and cost (P80). Select a route to see it everywhere.</source>
            <translation>★ marks routes that no other route beats on both time and cost (P80). Select a route to see it everywhere.</translation>
        </message>
        <message>
            <source>State graph</source>
            <translation>State graph</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>Designations</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Funding</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Results</translation>
        </message>
        <message>
            <source>No designation applies.</source>
            <translation>No designation applies.</translation>
        </message>
        <message>
            <source>No funding scheme fits this product.</source>
            <translation>No funding scheme fits this product.</translation>
        </message>
        <message>
            <source>Confidence: %1</source>
            <translation>Confidence: %1</translation>
        </message>
        <message>
            <source>Every number carries the confidence of its ruleset source.</source>
            <translation>Every number carries the confidence of its ruleset source.</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>Planning…</translation>
        </message>
        <message numerus="yes">
            <source>%n route(s) · updated in %1 ms</source>
            <translation>
                <numerusform>%n route · updated in %1 ms</numerusform>
                <numerusform>%n routes · updated in %1 ms</numerusform>
            </translation>
        </message>
        <message>
            <source>answer “%1”</source>
            <translation>answer “%1”</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Could not open the file</translation>
        </message>
        <message>
            <source>Could not export</source>
            <translation>Could not export</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>“%1” is neither a Shirube project (.shirube) nor a product profile (.json).</source>
            <translation>“%1” is neither a Shirube project (.shirube) nor a product profile (.json).</translation>
        </message>
        <message>
            <source>Import Generic-Name List</source>
            <translation>Import Generic-Name List</translation>
        </message>
        <message>
            <source>PMDA list of generic names, CSV UTF-8 (*.csv)</source>
            <translation>PMDA list of generic names, CSV UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>&amp;Import Generic-Name List…</source>
            <translation>&amp;Import Generic-Name List…</translation>
        </message>
        <message>
            <source>Load PMDA&apos;s list of Japanese generic names so that the questionnaire&apos;s search finds every name</source>
            <translation>Load PMDA&apos;s list of Japanese generic names so that the questionnaire&apos;s search finds every name</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::MonthEdit</name>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProductListModel</name>
        <message>
            <source>Untitled product</source>
            <translation>Untitled product</translation>
        </message>
        <message>
            <source>%1 — last planned with ruleset %2 %3</source>
            <translation>%1 — last planned with ruleset %2 %3</translation>
        </message>
        <message>
            <source>%1 — not planned yet</source>
            <translation>%1 — not planned yet</translation>
        </message>
        <message>
            <source>Rename product “%1” to “%2”</source>
            <translation>Rename product “%1” to “%2”</translation>
        </message>
        <message>
            <source>Someone else removed this product from the team project. Your changes are kept; when you save, you choose whether to keep it.</source>
            <translation>Someone else removed this product from the team project. Your changes are kept; when you save, you choose whether to keep it.</translation>
        </message>
        <message>
            <source>Someone else saved a newer version of this product. Your changes are kept; when you save, you choose which to keep.</source>
            <translation>Someone else saved a newer version of this product. Your changes are kept; when you save, you choose which to keep.</translation>
        </message>
        <message>
            <source>%1 saved a newer version of this product. Your changes are kept; when you save, you choose which to keep.</source>
            <translation>%1 saved a newer version of this product. Your changes are kept; when you save, you choose which to keep.</translation>
        </message>
        <message>
            <source>%1 saved a newer version of this product on %2. Your changes are kept; when you save, you choose which to keep.</source>
            <translation>%1 saved a newer version of this product on %2. Your changes are kept; when you save, you choose which to keep.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProductListWidget</name>
        <message>
            <source>Add a new product to the project</source>
            <translation>Add a new product to the project</translation>
        </message>
        <message>
            <source>Add product</source>
            <translation>Add product</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Copy the selected product, answers included</source>
            <translation>Copy the selected product, answers included</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Rename the selected product (F2)</source>
            <translation>Rename the selected product (F2)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Delete the selected product (Del); Undo brings it back</source>
            <translation>Delete the selected product (Del); Undo brings it back</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Compare…</translation>
        </message>
        <message>
            <source>Compare two products&apos; plans side by side</source>
            <translation>Compare two products&apos; plans side by side</translation>
        </message>
        <message>
            <source>Products of the project</source>
            <translation>Products of the project</translation>
        </message>
        <message>
            <source>Click a product to edit its answers.</source>
            <translation>Click a product to edit its answers.</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProfileModel</name>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ProjectController</name>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Product 1</source>
            <translation>Product 1</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>No recent files</translation>
        </message>
        <message>
            <source>Untitled project</source>
            <translation>Untitled project</translation>
        </message>
        <message>
            <source>Product %1</source>
            <translation>Product %1</translation>
        </message>
        <message>
            <source>“%1” does not exist (any more).</source>
            <translation>“%1” does not exist (any more).</translation>
        </message>
        <message>
            <source>“%1” cannot be read. Check that it is a file and that you may read it.</source>
            <translation>“%1” cannot be read. Check that it is a file and that you may read it.</translation>
        </message>
        <message>
            <source>“%1” is empty: it holds no project.</source>
            <translation>“%1” is empty: it holds no project.</translation>
        </message>
        <message>
            <source>“%1” is far larger than any Shirube project.</source>
            <translation>“%1” is far larger than any Shirube project.</translation>
        </message>
        <message>
            <source>“%1” is not a Shirube project; it is another kind of file.</source>
            <translation>“%1” is not a Shirube project; it is another kind of file.</translation>
        </message>
        <message>
            <source>“%1” is cut short (truncated), perhaps by an interrupted copy or download.</source>
            <translation>“%1” is cut short (truncated), perhaps by an interrupted copy or download.</translation>
        </message>
        <message>
            <source>“%1” is damaged: its contents fail the integrity check.</source>
            <translation>“%1” is damaged: its contents fail the integrity check.</translation>
        </message>
        <message>
            <source>“%1” is a database of another application, not a Shirube project.</source>
            <translation>“%1” is a database of another application, not a Shirube project.</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of Shirube. Update Shirube to open it.</source>
            <translation>“%1” was saved by a newer version of Shirube. Update Shirube to open it.</translation>
        </message>
        <message>
            <source>“%1” contains database triggers or views, which Shirube projects never have. It was refused for your safety.</source>
            <translation>“%1” contains database triggers or views, which Shirube projects never have. It was refused for your safety.</translation>
        </message>
        <message>
            <source>“%1” says it is a Shirube project, but its tables are not those of a Shirube project.</source>
            <translation>“%1” says it is a Shirube project, but its tables are not those of a Shirube project.</translation>
        </message>
        <message>
            <source>“%1” could not be opened.</source>
            <translation>“%1” could not be opened.</translation>
        </message>
        <message>
            <source>The file was not changed.</source>
            <translation>The file was not changed.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>Details: %1</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>“%1” cannot be read: %2</translation>
        </message>
        <message>
            <source>Could not open the project</source>
            <translation>Could not open the project</translation>
        </message>
        <message>
            <source>“%1” was made by an older version of Shirube and has been upgraded.</source>
            <translation>“%1” was made by an older version of Shirube and has been upgraded.</translation>
        </message>
        <message>
            <source>A copy of the original was kept as “%1”.</source>
            <translation>A copy of the original was kept as “%1”.</translation>
        </message>
        <message>
            <source>Project upgraded</source>
            <translation>Project upgraded</translation>
        </message>
        <message>
            <source>Could not add the product</source>
            <translation>Could not add the product</translation>
        </message>
        <message>
            <source>“%1” is not a valid product profile.
%2</source>
            <translation>“%1” is not a valid product profile.
%2</translation>
        </message>
        <message>
            <source>Add product “%1”</source>
            <translation>Add product “%1”</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>“%1” could not be saved: %2</source>
            <translation>“%1” could not be saved: %2</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copy)</translation>
        </message>
        <message>
            <source>Duplicate product “%1”</source>
            <translation>Duplicate product “%1”</translation>
        </message>
        <message>
            <source>Rename product “%1” to “%2”</source>
            <translation>Rename product “%1” to “%2”</translation>
        </message>
        <message>
            <source>Delete product “%1”</source>
            <translation>Delete product “%1”</translation>
        </message>
        <message>
            <source>Ruleset: %1 → %2</source>
            <translation>Ruleset: %1 → %2</translation>
        </message>
        <message>
            <source>Regulated as a medical device: %1 → %2</source>
            <translation>Regulated as a medical device: %1 → %2</translation>
        </message>
        <message>
            <source>Class: %1 → %2</source>
            <translation>Class: %1 → %2</translation>
        </message>
        <message>
            <source>Procedure: %1 → %2</source>
            <translation>Procedure: %1 → %2</translation>
        </message>
        <message>
            <source>Review category: %1 → %2</source>
            <translation>Review category: %1 → %2</translation>
        </message>
        <message>
            <source>New route: %1 (P80 %2)</source>
            <translation>New route: %1 (P80 %2)</translation>
        </message>
        <message>
            <source>Route no longer possible: %1 (was P80 %2)</source>
            <translation>Route no longer possible: %1 (was P80 %2)</translation>
        </message>
        <message>
            <source>Route %1: P80 %2 → %3</source>
            <translation>Route %1: P80 %2 → %3</translation>
        </message>
        <message>
            <source>Route %1: P80 cost %2 → %3</source>
            <translation>Route %1: P80 cost %2 → %3</translation>
        </message>
        <message>
            <source>Designation %1: %2 → %3</source>
            <translation>Designation %1: %2 → %3</translation>
        </message>
        <message>
            <source>New funding match: %1 (%2)</source>
            <translation>New funding match: %1 (%2)</translation>
        </message>
        <message>
            <source>Funding no longer matching: %1</source>
            <translation>Funding no longer matching: %1</translation>
        </message>
        <message>
            <source>Planned with ruleset %1 %2.</source>
            <translation>Planned with ruleset %1 %2.</translation>
        </message>
        <message>
            <source>The new ruleset gives the same outcome.</source>
            <translation>The new ruleset gives the same outcome.</translation>
        </message>
        <message numerus="yes">
            <source>%n product(s) of this project were planned with another version of the ruleset. The current ruleset is %1 %2. Re-plan them to see their routes under today&apos;s rules?</source>
            <translation>
                <numerusform>%n product of this project was planned with another version of the ruleset. The current ruleset is %1 %2. Re-plan it to see its routes under today&apos;s rules?</numerusform>
                <numerusform>%n products of this project were planned with another version of the ruleset. The current ruleset is %1 %2. Re-plan them to see their routes under today&apos;s rules?</numerusform>
            </translation>
        </message>
        <message>
            <source>Re-plan with ruleset %1</source>
            <translation>Re-plan with ruleset %1</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Autosave failed: %1</translation>
        </message>
        <message>
            <source>an untitled project</source>
            <translation>an untitled project</translation>
        </message>
        <message numerus="yes">
            <source>%1, autosaved %2, with %n product(s).</source>
            <translation>
                <numerusform>%1, autosaved %2, with %n product.</numerusform>
                <numerusform>%1, autosaved %2, with %n products.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not recover</source>
            <translation>Could not recover</translation>
        </message>
        <message>
            <source>another program</source>
            <translation>another program</translation>
        </message>
        <message>
            <source>Project already open</source>
            <translation>Project already open</translation>
        </message>
        <message>
            <source>“%1” is already open in another Shirube window.</source>
            <translation>“%1” is already open in another Shirube window.</translation>
        </message>
        <message>
            <source>“%1” could not be saved: %2

Your changes are still here; nothing was lost. Save them under another name to keep both versions.</source>
            <translation>“%1” could not be saved: %2

Your changes are still here; nothing was lost. Save them under another name to keep both versions.</translation>
        </message>
        <message>
            <source>Merged with changes saved elsewhere</source>
            <translation>Merged with changes saved elsewhere</translation>
        </message>
        <message>
            <source>“%1” was changed by another program while you had it open. Both sets of changes are saved:
%2</source>
            <translation>“%1” was changed by another program while you had it open. Both sets of changes are saved:
%2</translation>
        </message>
        <message>
            <source>Open &amp;Team Project…</source>
            <translation>Open &amp;Team Project…</translation>
        </message>
        <message>
            <source>Open a project your team keeps on a PostgreSQL server</source>
            <translation>Open a project your team keeps on a PostgreSQL server</translation>
        </message>
        <message>
            <source>Could not open the team project</source>
            <translation>Could not open the team project</translation>
        </message>
        <message>
            <source>The team project at %1 could not be opened: %2</source>
            <translation>The team project at %1 could not be opened: %2</translation>
        </message>
        <message>
            <source>The team project could not be saved: %1</source>
            <translation>The team project could not be saved: %1</translation>
        </message>
        <message>
            <source>Read-only team project</source>
            <translation>Read-only team project</translation>
        </message>
        <message>
            <source>You may read this team project but not change it, so nothing was saved. Ask the project&apos;s administrator for the editor role, or use Save As to keep your changes in a file.</source>
            <translation>You may read this team project but not change it, so nothing was saved. Ask the project&apos;s administrator for the editor role, or use Save As to keep your changes in a file.</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>The server cannot be reached</translation>
        </message>
        <message>
            <source>The team project&apos;s server cannot be reached, so your changes were not sent. They are kept on this computer (with the autosave), and nothing is lost: save again once the server is back.</source>
            <translation>The team project&apos;s server cannot be reached, so your changes were not sent. They are kept on this computer (with the autosave), and nothing is lost: save again once the server is back.</translation>
        </message>
        <message>
            <source>The team project&apos;s server cannot be reached, so your changes were not sent. Keep this window open and save again once the server is back.</source>
            <translation>The team project&apos;s server cannot be reached, so your changes were not sent. Keep this window open and save again once the server is back.</translation>
        </message>
        <message>
            <source>The team project&apos;s server cannot be reached, so the recovered work is shown as an untitled project. It also stays in the recovery store: once the server is back, start Shirube again and recover it to save it to the team project, where you choose what to keep wherever someone else changed the same product.</source>
            <translation>The team project&apos;s server cannot be reached, so the recovered work is shown as an untitled project. It also stays in the recovery store: once the server is back, start Shirube again and recover it to save it to the team project, where you choose what to keep wherever someone else changed the same product.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::QuestionnaireWidget</name>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Pick a question to see why it matters and what changes with the answer. &quot;Unknown&quot; is always a valid answer: the plan then takes the most likely answer, says so, and shows the other answers as alternatives.</source>
            <translation>Pick a question to see why it matters and what changes with the answer. &quot;Unknown&quot; is always a valid answer: the plan then takes the most likely answer, says so, and shows the other answers as alternatives.</translation>
        </message>
        <message>
            <source>Unknown (YYYY-MM)</source>
            <translation>Unknown (YYYY-MM)</translation>
        </message>
        <message>
            <source>Unknown (e.g. JP, VN)</source>
            <translation>Unknown (e.g. JP, VN)</translation>
        </message>
        <message>
            <source>Do any of these apply?</source>
            <translation>Do any of these apply?</translation>
        </message>
        <message>
            <source>Tick those that apply. None ticked means that none of them applies, and the plan says so.</source>
            <translation>Tick those that apply. None ticked means that none of them applies, and the plan says so.</translation>
        </message>
        <message>
            <source>What is it?</source>
            <translation>What is it?</translation>
        </message>
        <message>
            <source>Consultants: a class you already know can be entered here; it overrides the rules and the generic name.</source>
            <translation>Consultants: a class you already know can be entered here; it overrides the rules and the generic name.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::RationaleModel</name>
        <message>
            <source>Source: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::ReplanDialog</name>
        <message>
            <source>Re-plan with the current ruleset?</source>
            <translation>Re-plan with the current ruleset?</translation>
        </message>
        <message>
            <source>Re-plan</source>
            <translation>Re-plan</translation>
        </message>
        <message>
            <source>Keep the old plans</source>
            <translation>Keep the old plans</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::RoadmapActions</name>
        <message>
            <source>Roadmap</source>
            <translation>Roadmap</translation>
        </message>
        <message>
            <source>%1 roadmap</source>
            <translation>%1 roadmap</translation>
        </message>
        <message>
            <source>The roadmap could not be saved as %1.</source>
            <translation>The roadmap could not be saved as %1.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Export &amp;Roadmap</source>
            <translation>Export &amp;Roadmap</translation>
        </message>
        <message>
            <source>&amp;PDF Report…</source>
            <translation>&amp;PDF Report…</translation>
        </message>
        <message>
            <source>&amp;Calendar (.ics)…</source>
            <translation>&amp;Calendar (.ics)…</translation>
        </message>
        <message>
            <source>&amp;Spreadsheet (.xlsx)…</source>
            <translation>&amp;Spreadsheet (.xlsx)…</translation>
        </message>
        <message>
            <source>&amp;Print Roadmap…</source>
            <translation>&amp;Print Roadmap…</translation>
        </message>
        <message>
            <source>Print Pre&amp;view…</source>
            <translation>Print Pre&amp;view…</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>iCalendar (*.ics)</source>
            <translation>iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export roadmap</source>
            <translation>Export roadmap</translation>
        </message>
        <message>
            <source>Whole &amp;Project as PDF…</source>
            <translation>Whole &amp;Project as PDF…</translation>
        </message>
        <message>
            <source>Every product of the open project: a portfolio overview, then one section each</source>
            <translation>Every product of the open project: a portfolio overview, then one section each</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::RouteTableModel</name>
        <message>
            <source>(in parallel)</source>
            <translation>(in parallel)</translation>
        </message>
        <message>
            <source>Assumes: %1</source>
            <translation>Assumes: %1</translation>
        </message>
        <message>
            <source>★ Pareto-optimal: no other route is both faster and cheaper (P80).</source>
            <translation>★ Pareto-optimal: no other route is both faster and cheaper (P80).</translation>
        </message>
        <message>
            <source>Another route is both faster and cheaper (P80).</source>
            <translation>Another route is both faster and cheaper (P80).</translation>
        </message>
        <message>
            <source>Chance of reaching the goal by the target date (Monte Carlo)</source>
            <translation>Chance of reaching the goal by the target date (Monte Carlo)</translation>
        </message>
        <message>
            <source>Half of the simulated timelines finish sooner than this</source>
            <translation>Half of the simulated timelines finish sooner than this</translation>
        </message>
        <message>
            <source>Four in five simulated timelines finish sooner than this</source>
            <translation>Four in five simulated timelines finish sooner than this</translation>
        </message>
        <message>
            <source>Four in five simulated costs are lower than this</source>
            <translation>Four in five simulated costs are lower than this</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>P50 time</source>
            <translation>P50 time</translation>
        </message>
        <message>
            <source>P80 time</source>
            <translation>P80 time</translation>
        </message>
        <message>
            <source>P80 cost</source>
            <translation>P80 cost</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Target date</translation>
        </message>
        <message>
            <source>Designations</source>
            <translation>Designations</translation>
        </message>
        <message>
            <source>Key steps</source>
            <translation>Key steps</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Confidence</translation>
        </message>
        <message>
            <source>if granted (about %1)</source>
            <translation>if granted (about %1)</translation>
        </message>
        <message>
            <source>Needs %1, granted to about %2 of the products that apply; its months and costs include the chance of a refusal (the standard route after the attempt).</source>
            <translation>Needs %1, granted to about %2 of the products that apply; its months and costs include the chance of a refusal (the standard route after the attempt).</translation>
        </message>
        <message>
            <source>Recommended: %1</source>
            <translation>Recommended: %1</translation>
        </message>
        <message>
            <source>The recommended route: it takes the typical answers for the questions left blank and needs no designation that may be refused.</source>
            <translation>The recommended route: it takes the typical answers for the questions left blank and needs no designation that may be refused.</translation>
        </message>
        <message>
            <source>Recommended</source>
            <translation>Recommended</translation>
        </message>
        <message>
            <source>Not a medical device, so there is no regulatory route to plan. If the product diagnoses, treats or prevents a disease, check the answers about what it does: the classification card says which answer decided this.</source>
            <translation>Not a medical device, so there is no regulatory route to plan. If the product diagnoses, treats or prevents a disease, check the answers about what it does: the classification card says which answer decided this.</translation>
        </message>
        <message>
            <source>No route found: %1</source>
            <translation>No route found: %1</translation>
        </message>
        <message>
            <source>No route found for these answers.</source>
            <translation>No route found for these answers.</translation>
        </message>
        <message>
            <source>Designations: %1</source>
            <translation>Designations: %1</translation>
        </message>
        <message>
            <source>Key steps: %1</source>
            <translation>Key steps: %1</translation>
        </message>
        <message>
            <source>Likely to miss your target date: only %1 of the simulated timelines reach the goal by then.</source>
            <translation>Likely to miss your target date: only %1 of the simulated timelines reach the goal by then.</translation>
        </message>
        <message>
            <source>Over your budget: four in five simulated costs are below %1, more than the budget you gave.</source>
            <translation>Over your budget: four in five simulated costs are below %1, more than the budget you gave.</translation>
        </message>
        <message>
            <source>⚠ Over budget</source>
            <translation>⚠ Over budget</translation>
        </message>
        <message>
            <source>⚠ Target date likely missed (%1)</source>
            <translation>⚠ Target date likely missed (%1)</translation>
        </message>
        <message>
            <source>Target date: %1 chance</source>
            <translation>Target date: %1 chance</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TeamConnectDialog</name>
        <message>
            <source>Open Team Project</source>
            <translation>Open Team Project</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>db.example.jp, or a socket folder such as /run/postgresql</source>
            <translation>db.example.jp, or a socket folder such as /run/postgresql</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>&amp;Database:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Encryption (TLS):</source>
            <translation>&amp;Encryption (TLS):</translation>
        </message>
        <message>
            <source>Off (disable)</source>
            <translation>Off (disable)</translation>
        </message>
        <message>
            <source>Only if the server insists (allow)</source>
            <translation>Only if the server insists (allow)</translation>
        </message>
        <message>
            <source>When the server offers it (prefer)</source>
            <translation>When the server offers it (prefer)</translation>
        </message>
        <message>
            <source>Always, certificate not checked (require)</source>
            <translation>Always, certificate not checked (require)</translation>
        </message>
        <message>
            <source>Always, certificate checked (verify-ca)</source>
            <translation>Always, certificate checked (verify-ca)</translation>
        </message>
        <message>
            <source>Always, certificate and server name checked (verify-full)</source>
            <translation>Always, certificate and server name checked (verify-full)</translation>
        </message>
        <message>
            <source>or &amp;URL:</source>
            <translation>or &amp;URL:</translation>
        </message>
        <message>
            <source>Shirube never asks for or stores your password. Keep it in your PostgreSQL password file (~/.pgpass), in a service file, or in the PGPASSWORD environment variable.</source>
            <translation>Shirube never asks for or stores your password. Keep it in your PostgreSQL password file (~/.pgpass), in a service file, or in the PGPASSWORD environment variable.</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Connect</translation>
        </message>
        <message>
            <source>Enter the database of the team project.</source>
            <translation>Enter the database of the team project.</translation>
        </message>
        <message>
            <source>Remove the password from the URL: Shirube never keeps passwords. Put it in your PostgreSQL password file (~/.pgpass) instead.</source>
            <translation>Remove the password from the URL: Shirube never keeps passwords. Put it in your PostgreSQL password file (~/.pgpass) instead.</translation>
        </message>
        <message>
            <source>This is not a team project URL. It looks like postgresql://user@server:5432/database.</source>
            <translation>This is not a team project URL. It looks like postgresql://user@server:5432/database.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TeamWatcher</name>
        <message>
            <source>Team Project &amp;History…</source>
            <translation>Team Project &amp;History…</translation>
        </message>
        <message>
            <source>Who changed which product of the team project when, and earlier versions to restore</source>
            <translation>Who changed which product of the team project when, and earlier versions to restore</translation>
        </message>
        <message>
            <source>Updated from the server: %1.</source>
            <translation>Updated from the server: %1.</translation>
        </message>
        <message>
            <source>Also changed by someone else while you edit it: %1 — you choose which to keep when you save.</source>
            <translation>Also changed by someone else while you edit it: %1 — you choose which to keep when you save.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TimelineCanvas</name>
        <message>
            <source>No route applies, so there is nothing to schedule.</source>
            <translation>No route applies, so there is nothing to schedule.</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TimelineView</name>
        <message>
            <source>&amp;Start month:</source>
            <translation>&amp;Start month:</translation>
        </message>
        <message>
            <source>The month the roadmap&apos;s calendar starts from</source>
            <translation>The month the roadmap&apos;s calendar starts from</translation>
        </message>
        <message>
            <source>Bars: start to P50 end, whisker to P80. Orange: PMDA consultation, dashed: booking lead. Diamonds: milestones. Red: target date and today.</source>
            <translation>Bars: start to P50 end, whisker to P80. Orange: PMDA consultation, dashed: booking lead. Diamonds: milestones. Red: target date and today.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Next actions</source>
            <translation>Next actions</translation>
        </message>
    </context>
    <context>
        <name>shirube::ui::TrainerWindow</name>
        <message>
            <source>Shirube — trainer mode</source>
            <translation>Shirube — trainer mode</translation>
        </message>
        <message>
            <source>Route:</source>
            <translation>Route:</translation>
        </message>
        <message>
            <source>What if:</source>
            <translation>What if:</translation>
        </message>
        <message>
            <source>a certification standard exists</source>
            <translation>a certification standard exists</translation>
        </message>
        <message>
            <source>the AI is updated after approval</source>
            <translation>the AI is updated after approval</translation>
        </message>
        <message>
            <source>only exploratory data</source>
            <translation>only exploratory data</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>Planning…</translation>
        </message>
        <message>
            <source>No route for this product</source>
            <translation>No route for this product</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>transition label: its narration</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>no route</source>
            <translation>no route</translation>
        </message>
        <message>
            <source>← → step · − + text size · Esc leave</source>
            <translation>← → step · − + text size · Esc leave</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Switch the language; the step stays</source>
            <translation>Switch the language; the step stays</translation>
        </message>
        <message>
            <source>%1: %2, %3 (P80)</source>
            <translation>%1: %2, %3 (P80)</translation>
        </message>
        <message>
            <source>This step: about %1 and %2 · about %3 since the start</source>
            <translation>This step: about %1 and %2 · about %3 since the start</translation>
        </message>
        <message>
            <source>What if: before %1 → after %2</source>
            <translation>What if: before %1 → after %2</translation>
        </message>
    </context>
</TS>
