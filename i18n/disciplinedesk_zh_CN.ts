<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Staff were involved (as the person affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious physical harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct threat to the health or safety of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student threatened violence or harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias-based (race, religion, disability, identity...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex-based or sexual in nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-alike weapon was involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial disruption of learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student disclosed it voluntarily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a school-sponsored event or activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connection to school safety</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DisciplineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not yet reviewed by a qualified translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: not offered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision support for school discipline. The tool documents and advises; the administrator decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy pack: {name}, {id} version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family letters and policy names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface (English is the source):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works offline. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviorPage</name>
    <message>
        <source>Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, from the handbook&apos;s behavior matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cafeteria, bus, hallway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At school or on district property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a school event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the way to or from school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off campus or online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community &amp;impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behaviors (check all that apply):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviors checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of the selected behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description (what was seen and said):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts that change what the handbook says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one behavior from the matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been tried, and what the rules need to know about the student.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special education &amp;referral pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategies already tried this year (checked ones from the log cannot be unchecked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior incidents in the log: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decide. The handbook&apos;s limits and requirements update as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses are not enough:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family view (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision as the family will read it, full screen, in their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days (at most one year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days; for rest of day, the days after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action cannot be recorded: {why} ({cite})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exclusion needs the reason the suggested responses were not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number of school days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered will be discarded. Nothing has been recorded in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Documents: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision summary (for the school&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family&apos;s copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential student record: for the school&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>What is missing on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log in {folder} is not encrypted yet. Set a passphrase: the log and its backups are then encrypted, and an encrypted copy of it is kept first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>Factors before exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before any suspension, hearing or expulsion, staff must consider each of these ({book} p. 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many factors are documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this was considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} factors documented. They are required before an exclusion, not before other responses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the family reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft translation: not yet reviewed by a qualified translator. The English letter is the reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Findings from the handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (what was done, when):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked to keep student records private. Enter the passphrase to go on; nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}, 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}, {days} days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log of incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search descriptions and names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline. Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;student...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or save documents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;roster...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discipline report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior &amp;matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DisciplineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision for {who} was not finished (saved {when} UTC). Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}{more} incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster first (File &gt; Import roster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder holds the made-up demo school. Import real students into another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster imported: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-school days imported: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log will be replaced by the backup. The current log is kept in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log was restored from {path}. The previous log was kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA (made-up students) — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixBrowser</name>
    <message>
        <source>Search behaviors, e.g. fight, phone, vape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the behavior matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol and drugs (levels A, B, C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance (levels by count)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Behavior matrix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Discipline report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period is before its start: change the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the period&apos;s decisions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{incidents} incidents involving {students} students ({repeat} more than once); {excluded} students excluded, {days:g} days of suspension; {open} follow-ups open, {overdue} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviors (most frequent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations (most frequent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Behaviors and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: students with at least one out-of-school suspension or expulsion in the period, out of the students enrolled in the group. Risk ratio: the group&apos;s risk divided by the risk of all other students (above 1: excluded more often). Groups under {group} students and counts under {cell} are not shown, so that no student can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk ratio (1 = same as the other students)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group is large enough for a risk ratio in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time DisciplineDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year &amp;starts (MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last senior day (60-day rule):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;decided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed-Fi descriptor &amp;namespace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface lan&amp;guage (from the next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the student by name or school id. The prior record comes from the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student is &amp;not in the roster: enter by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special education referral pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student and prior record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section 504</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special education referral pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion days this school year: {days} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in the log: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a student from the roster, or enter one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the student&apos;s school id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id {id} is already in the roster: find the student above instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the student&apos;s first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the student&apos;s grade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {grade} · family language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion days: {days} of {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies tried: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>What the handbook says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses start at the least intrusive. Check the ones you will use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and matrix columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responses (who delivers them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (already tried)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what will be recorded in the log when you press Finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision is not permitted as entered: go back to the Decision page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log in {folder} is encrypted. Enter its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DisciplineDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;DisciplineDesk helps you decide what to do after a student&apos;s behavior, following the {handbook}. It works offline: the log of decisions stays on this computer, in {folder}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rosewood Middle School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar yet: weekends only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster yet: add students as you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;roster...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year &amp;starts (MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics or CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster (OneRoster or CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is encrypted with a passphrase.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or look around first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up school with a few hundred students and a year of decisions, in a separate folder ({folder}). The title bar says DEMO DATA while you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school&apos;s name: it heads every letter and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the log...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>How the school decided similar incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s automatic backup was not made: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
