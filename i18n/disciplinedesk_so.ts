<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="so_SO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DisciplineDesk</source>
        <translation>Ku saabsan DisciplineDesk</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>qoraalka asalka ah</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>waa la hubiyay</translation>
    </message>
    <message>
        <source>draft, not yet reviewed by a qualified translator</source>
        <translation>qabyo, weli uma hubin turjumaan aqoon u leh</translation>
    </message>
    <message>
        <source>incomplete: not offered yet</source>
        <translation>aan dhammaystirnayn: weli lama bixin</translation>
    </message>
    <message>
        <source>Decision support for school discipline. The tool documents and advises; the administrator decides.</source>
        <translation>Taageero go&apos;aan gaadhista anshaxa dugsiga. Qalabku wuu diiwaangeliyaa oo talo ayuu bixiyaa; maamulaha ayaa go&apos;aamiya.</translation>
    </message>
    <message>
        <source>Policy pack: {name}, {id} version {version}</source>
        <translation>Xirmada xeerarka: {name}, {id} nooca {version}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Galka xogta: {path}</translation>
    </message>
    <message>
        <source>Family letters and the handbook&apos;s texts (definitions, findings):</source>
        <translation>Warqadaha qoysaska iyo qoraallada buugga (qeexitaannada, waxyaabaha la helay):</translation>
    </message>
    <message>
        <source>The interface (English is the source):</source>
        <translation>Barnaamijka (Ingiriisigu waa asalka):</translation>
    </message>
    <message>
        <source>Works offline. Nothing is sent anywhere.</source>
        <translation>Wuxuu shaqeeyaa internet la&apos;aan. Wax meelna looma diro.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add someone else</source>
        <translation>Ku dar qof kale</translation>
    </message>
    <message>
        <source>e.g. Ms. Ortiz</source>
        <translation>tusaale, Marwo Ortiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Magac</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Qofka uu yahay</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Waxa maqan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Magac:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qofka:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Door:</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geli magaca qofka.</translation>
    </message>
</context>
<context>
    <name>AddStudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation>Ku dar arday</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Qor magac ama aqoonsiga ardayga</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Raadi arday</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Supports the school will offer</source>
        <translation>Taageerooyinka dugsigu bixin doono</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Waxa maqan</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Arday:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Door:</translation>
    </message>
    <message>
        <source>Choose a student of the roster (a student already involved has one role).</source>
        <translation>Ka dooro arday liiska (ardayga horey ugu lug lahaa wuxuu leeyahay hal door).</translation>
    </message>
</context>
<context>
    <name>BehaviorPage</name>
    <message>
        <source>Staff were involved (as the person affected)</source>
        <translation>Shaqaale ayaa ku lug lahaa (qofka dhibaatadu gaartay)</translation>
    </message>
    <message>
        <source>Serious physical harm</source>
        <translation>Dhaawac jireed oo culus</translation>
    </message>
    <message>
        <source>Direct threat to the health or safety of others</source>
        <translation>Khatar toos ah oo ku ah caafimaadka ama badbaadada dadka kale</translation>
    </message>
    <message>
        <source>The student threatened violence or harm</source>
        <translation>Ardaygu wuxuu ku hanjabay rabshad ama waxyeello</translation>
    </message>
    <message>
        <source>Bias-based (race, religion, disability, identity...)</source>
        <translation>Ku salaysan eex (jinsiyad, diin, naafonimo, aqoonsi...)</translation>
    </message>
    <message>
        <source>Sex-based or sexual in nature</source>
        <translation>Ku salaysan lab iyo dheddig ama dabeecad galmo leh</translation>
    </message>
    <message>
        <source>A look-alike weapon was involved</source>
        <translation>Waxaa ku jiray wax hub u eg</translation>
    </message>
    <message>
        <source>Substantial disruption of learning</source>
        <translation>Carqalad weyn oo waxbarashada ah</translation>
    </message>
    <message>
        <source>The student disclosed it voluntarily</source>
        <translation>Ardaygu si ikhtiyaari ah ayuu u sheegay</translation>
    </message>
    <message>
        <source>At a school-sponsored event or activity</source>
        <translation>Munaasabad ama hawl uu dugsigu qabanqaabiyay</translation>
    </message>
    <message>
        <source>Direct connection to school safety</source>
        <translation>Xiriir toos ah oo la leh badbaadada dugsiga</translation>
    </message>
    <message>
        <source>Handgun</source>
        <translation>Bastoolad</translation>
    </message>
    <message>
        <source>Rifle or shotgun</source>
        <translation>Qori ama qoriga ugaadhsiga</translation>
    </message>
    <message>
        <source>Other firearm</source>
        <translation>Hub kale oo qori ah</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Mindi</translation>
    </message>
    <message>
        <source>Other sharp object</source>
        <translation>Shay kale oo af leh</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Ul</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Shay kale</translation>
    </message>
    <message>
        <source>Substance used as a weapon</source>
        <translation>Walax loo isticmaalay hub</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Kale</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Lama yaqaan</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Dabeecad</translation>
    </message>
    <message>
        <source>What happened, from the handbook&apos;s behavior matrix.</source>
        <translation>Waxa dhacay, sida ku qoran jadwalka dabeecadaha ee buugga.</translation>
    </message>
    <message>
        <source>e.g. cafeteria, bus, hallway</source>
        <translation>tusaale: makhaayadda, baska, wadada gudaha</translation>
    </message>
    <message>
        <source>At school or on district property</source>
        <translation>Dugsiga gudihiisa ama dhulka degmada waxbarashada</translation>
    </message>
    <message>
        <source>At a school event</source>
        <translation>Munaasabad dugsi</translation>
    </message>
    <message>
        <source>On the way to or from school</source>
        <translation>Jidka dugsiga loo socdo ama laga soo laabanayo</translation>
    </message>
    <message>
        <source>Off campus or online</source>
        <translation>Dugsiga dibaddiisa ama internetka</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Hoose</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Dhexdhexaad</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Weyn</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Goorma:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Halkee:</translation>
    </message>
    <message>
        <source>Ne&amp;xus:</source>
        <translation>&amp;Xiriirka dugsiga:</translation>
    </message>
    <message>
        <source>Community &amp;impact:</source>
        <translation>&amp;Saameynta bulshada:</translation>
    </message>
    <message>
        <source>Search behaviors</source>
        <translation>Raadi dabeecadaha</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Dhammaan noocyada</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Khamri iyo daroogo</translation>
    </message>
    <message>
        <source>Behavior type</source>
        <translation>Nooca dabeecadda</translation>
    </message>
    <message>
        <source>&amp;Behaviors (check all that apply):</source>
        <translation>&amp;Dabeecadaha (calaamadee dhammaan kuwa khuseeya):</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Dabeecadaha</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Maandooriye</translation>
    </message>
    <message>
        <source>Behaviors checked</source>
        <translation>Dabeecadaha la calaamadeeyay</translation>
    </message>
    <message>
        <source>Definition of the selected behavior</source>
        <translation>Macnaha dabeecadda la doortay</translation>
    </message>
    <message>
        <source>&amp;Description (what was seen and said):</source>
        <translation>&amp;Sharaxaad (waxa la arkay iyo waxa la yiri):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <source>Facts that change what the handbook says</source>
        <translation>Xaaladaha beddela waxa buuggu leeyahay</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Booliiska waa loo sheegay</translation>
    </message>
    <message>
        <source>A firearm must be reported to the police (p.25).</source>
        <translation>Hubka qoriga waa in booliiska loo sheegaa (b.25).</translation>
    </message>
    <message>
        <source>A back-entry is a decision made before today: enter the date the incident happened.</source>
        <translation>Diiwaangelin dib u dhac ah waa go&apos;aan la gaaray maanta ka hor: geli taariikhda dhacdadu dhacday.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Lama diiwaangelin</translation>
    </message>
    <message>
        <source>W&amp;eapon:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Checked: {names}</source>
        <translation>La calaamadeeyay: {names}</translation>
    </message>
    <message>
        <source>Check at least one behavior from the matrix.</source>
        <translation>Calaamadee ugu yaraan hal dabeecad oo jadwalka ka mid ah.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the log takes at most {limit}.</source>
        <translation>Sharaxaaddu waxay leedahay {length} xaraf; diiwaanku wuxuu qaataa ugu badnaan {limit}.</translation>
    </message>
    <message>
        <source>Enter the date and time of the incident.</source>
        <translation>Geli taariikhda iyo waqtiga dhacdada.</translation>
    </message>
    <message>
        <source>The incident&apos;s date and time are after now: check them.</source>
        <translation>Taariikhda iyo waqtiga dhacdadu way ka dambeeyaan hadda: hubi.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation>Jadwalka dugsiga</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Taariikh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Sharaxaad</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Faylka laga keenay</translation>
    </message>
    <message>
        <source>Non-school days</source>
        <translation>Maalmaha aan dugsiga la aadin</translation>
    </message>
    <message>
        <source>&amp;Import a calendar file...</source>
        <translation>&amp;Soo geli fayl jadwal...</translation>
    </message>
    <message>
        <source>&amp;Remove selected days</source>
        <translation>&amp;Ka saar maalmaha la doortay</translation>
    </message>
    <message numerus="yes">
        <source>%n non-school day(s) besides weekends.</source>
        <translation>
            <numerusform>%n maalin oo aan dugsi lahayn marka laga reebo dhammaadka toddobaadka.</numerusform>
            <numerusform>%n maalmood oo aan dugsi lahayn marka laga reebo dhammaadka toddobaadka.</numerusform>
        </translation>
    </message>
    <message>
        <source>No non-school days yet: import the school calendar (.ics or CSV).</source>
        <translation>Weli ma jiraan maalmo aan dugsi lahayn: soo geli jadwalka dugsiga (.ics ama CSV).</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Soo geli jadwal</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv);;All files (*)</source>
        <translation>Jadwal (*.ics *.csv);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Lama soo gelin</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} changed, {removed} removed.</source>
        <translation>Waa la soo geliyay {file}: {added} lagu daray, {updated} la beddelay, {removed} la saaray.</translation>
    </message>
    <message>
        <source>Replace the earlier import</source>
        <translation>Beddel soo-gelintii hore</translation>
    </message>
    <message>
        <source>{file} was imported before. This import adds {added} days, changes {updated} and removes {removed} that the file no longer has: {days}. Go ahead?</source>
        <translation>{file} hore ayaa loo soo geliyay. Soo-gelintani waxay ku daraysaa {added} maalmood, beddelaysaa {updated}, waxayna saaraysaa {removed} oo faylku aanu hadda lahayn: {days}. Ma sii wadaa?</translation>
    </message>
    <message>
        <source>Remove non-school days</source>
        <translation>Ka saar maalmaha aan dugsiga la aadin</translation>
    </message>
    <message numerus="yes">
        <source>Make %n day(s) school days again? The change is kept in the audit trail.</source>
        <translation>
            <numerusform>Ma %n maalin ayaad mar kale ka dhigaysaa maalin dugsi? Isbeddelka waxaa lagu hayaa diiwaanka hubinta.</numerusform>
            <numerusform>Ma %n maalmood ayaad mar kale ka dhigaysaa maalmo dugsi? Isbeddelka waxaa lagu hayaa diiwaanka hubinta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Beddel erayga sirta ah</translation>
    </message>
    <message>
        <source>The log is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>Diiwaanka waxaa dib loogu qarinayaa erayga sirta ah ee cusub. Kaydadkii hore waxay haystaan erayga sirta ah ee lagu sameeyay.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Erayga sirta ah ee hadda</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Erayga sirta ah ee &amp;hadda:</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Erayga sirta ah ee hadda ma saxna.</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <source>no exclusion</source>
        <translation>reebis la&apos;aan</translation>
    </message>
    <message>
        <source>in-school</source>
        <translation>gudaha dugsiga</translation>
    </message>
    <message>
        <source>out-of-school</source>
        <translation>dibadda dugsiga</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>dhageysi</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>ka saarid</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</source>
        <translation>
            <numerusform>Go&apos;aamo la mid ah oo ka yar {minimum} ayaa diiwaanka ku jira sannad-dugsiyeedkan iyo kii hore (%n): aad bay u yar yihiin si loo muujiyo sida dugsigu badanaa u go&apos;aamiyo.</numerusform>
            <numerusform>Go&apos;aamo la mid ah oo ka yar {minimum} ayaa diiwaanka ku jira sannad-dugsiyeedkan iyo kii hore (%n): aad bay u yar yihiin si loo muujiyo sida dugsigu badanaa u go&apos;aamiyo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n similar decision(s) this school year and last: {spread}.</source>
        <translation>
            <numerusform>%n go&apos;aan oo la mid ah sannad-dugsiyeedkan iyo kii hore: {spread}.</numerusform>
            <numerusform>%n go&apos;aan oo la mid ah sannad-dugsiyeedkan iyo kii hore: {spread}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspension days: median {median}, most {most}.</source>
        <translation>Maalmaha joojinta: dhexdhexaad {median}, ugu badnaan {most}.</translation>
    </message>
    <message numerus="yes">
        <source>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</source>
        <translation>
            <numerusform>Tallaabada la soo jeediyay way ka reebis badan tahay {less} ka mid ah %n, waxayna la mid tahay {same}.</numerusform>
            <numerusform>Tallaabada la soo jeediyay way ka reebis badan tahay {less} ka mid ah %n, waxayna la mid tahay {same}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation>Xaaladda</translation>
    </message>
    <message>
        <source>What has been tried, and what the rules need to know about the student.</source>
        <translation>Waxa la isku dayay, iyo waxa xeerarku u baahan yihiin inay ka ogaadaan ardayga.</translation>
    </message>
    <message>
        <source>Prior record</source>
        <translation>Diiwaankii hore</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Arday</translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation>&amp;IEP</translation>
    </message>
    <message>
        <source>Section &amp;504 plan</source>
        <translation>Qorshaha Qodobka &amp;504</translation>
    </message>
    <message>
        <source>Special education &amp;referral pending</source>
        <translation>U &amp;gudbinta waxbarashada gaarka ah oo sugaysa</translation>
    </message>
    <message>
        <source>&amp;Strategies already tried this year (checked ones from the log cannot be unchecked):</source>
        <translation>&amp;Qaababka sannadkan la isku dayay (kuwa diiwaanka laga calaamadeeyay lama saari karo):</translation>
    </message>
    <message>
        <source>Strategies already tried</source>
        <translation>Qaababka horay loo isku dayay</translation>
    </message>
    <message>
        <source>Search strategies (CICO, conference...)</source>
        <translation>Raadi xeeladaha (CICO, shir...)</translation>
    </message>
    <message>
        <source>Search strategies</source>
        <translation>Raadi xeeladaha</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Khamriga iyo daroogada</translation>
    </message>
    <message>
        <source>{strategy} (for: {answered})</source>
        <translation>{strategy} (loogu talagalay: {answered})</translation>
    </message>
    <message>
        <source>Prior incidents in the log: {count}.</source>
        <translation>Dhacdooyinkii hore ee diiwaanka: {count}.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Go&apos;aan</translation>
    </message>
    <message>
        <source>You decide. The handbook&apos;s limits and requirements update as you type.</source>
        <translation>Adiga ayaa go&apos;aamiya. Xadka iyo shuruudaha buuggu way cusboonaadaan markaad qorayso.</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses are not enough:</source>
        <translation>&amp;Sababta tallaabooyinka la soo jeediyay aysan ku filnayn:</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Sababta ka saarista</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Tallaabo:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Maalmo:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;Laga bilaabo:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Go&apos;aamiyay &amp;qofka:</translation>
    </message>
    <message>
        <source>Why the decision &amp;changes:</source>
        <translation>Sababta go&apos;aanku u &amp;beddelayo:</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Sababta dib-u-eegista</translation>
    </message>
    <message>
        <source>Grounds for expulsion (at least one is required):</source>
        <translation>Sababaha ka saaridda (ugu yaraan mid ayaa loo baahan yahay):</translation>
    </message>
    <message>
        <source>&amp;Family view (F11)</source>
        <translation>&amp;Muuqaalka qoyska (F11)</translation>
    </message>
    <message>
        <source>The decision as the family will read it, full screen, in their language</source>
        <translation>Go&apos;aanka sida qoysku u akhrin doono, shaashad buuxda, afkooda</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses were not enough (if it is known):</source>
        <translation>&amp;Sababta tallaabooyinka la soo jeediyay aysan ugu filnaan (haddii la garanayo):</translation>
    </message>
    <message>
        <source>Calendar days (at most one year).</source>
        <translation>Maalmaha kalandarka (ugu badnaan hal sano).</translation>
    </message>
    <message>
        <source>School days; for rest of day, the days after it.</source>
        <translation>Maalmaha dugsiga; inta ka hartay maalinta, maalmaha ka dambeeya.</translation>
    </message>
    <message>
        <source>This action cannot be recorded: {why} ({cite})</source>
        <translation>Tallaabadan lama diiwaangelin karo: {why} ({cite})</translation>
    </message>
    <message>
        <source>An exclusion needs the reason the suggested responses were not enough.</source>
        <translation>Ka saaristu waxay u baahan tahay sababta tallaabooyinka la soo jeediyay aysan ugu filnaan.</translation>
    </message>
    <message>
        <source>Enter the number of school days.</source>
        <translation>Geli tirada maalmaha dugsiga.</translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation>Geli qofka go&apos;aamiyay.</translation>
    </message>
    <message>
        <source>A revision needs the reason the decision changes.</source>
        <translation>Dib-u-eegistu waxay u baahan tahay sababta go&apos;aanku u beddelayo.</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>New decision</source>
        <translation>Go&apos;aan cusub</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Dib u noqo</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Xiga &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Dhammee</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Jooji</translation>
    </message>
    <message>
        <source>Revise the decision: {name}</source>
        <translation>Dib u eeg go&apos;aanka: {name}</translation>
    </message>
    <message>
        <source>Enter a past decision (back-entry)</source>
        <translation>Geli go&apos;aan hore (diiwaangelin dib u dhac ah)</translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation>Ma tuurtaa go&apos;aankan?</translation>
    </message>
    <message>
        <source>What you entered will be discarded. Nothing has been recorded in the log.</source>
        <translation>Waxaad gelisay waa la tuurayaa. Waxba lagama diiwaangelin diiwaanka.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Documents: {name}</source>
        <translation>Dukumentiyada: {name}</translation>
    </message>
    <message>
        <source>Decision summary (for the school&apos;s file)</source>
        <translation>Soo koobidda go&apos;aanka (faylka dugsiga)</translation>
    </message>
    <message>
        <source>Letter to the family</source>
        <translation>Warqad qoyska loo diro</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dukumenti</translation>
    </message>
    <message>
        <source>Whose documents</source>
        <translation>Dukumentiyada yaa leh</translation>
    </message>
    <message>
        <source>{name}: harmed (letter of the supports)</source>
        <translation>{name}: waxyeello gaadhay (warqadda taageerada)</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (turjumaad qabyo ah)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Afka warqadda</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Horudhac</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Daabac...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Kaydi sida PDF...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Xir</translation>
    </message>
    <message>
        <source>Letter to the family: the supports offered</source>
        <translation>Warqad qoyska: taageerooyinka la bixiyay</translation>
    </message>
    <message>
        <source>The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family&apos;s copy.</source>
        <translation>Qoraalka {language} waa turjumaad qabyo ah oo aan weli hubin turjumaan aqoon u leh. Nuqulka qoyska waxaa ka dambeeya nuqul Ingiriisi ah oo faylka loogu talagalay.</translation>
    </message>
    <message>
        <source>Confidential student record: for the school&apos;s file.</source>
        <translation>Diiwaan arday oo qarsoodi ah: faylka dugsiga.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Warqad</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>Soo koobidda go&apos;aanka</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Kaydi sida PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Lama kaydin</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Lama daabicin</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Daabacaha lama furi karin.</translation>
    </message>
</context>
<context>
    <name>DraftContext</name>
    <message>
        <source>No behavior is checked for {name}: check one on the Behavior page.</source>
        <translation>Dabeecad looma calaamadin {name}: mid ku calaamadee bogga Dabeecad.</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>What is missing on this page</source>
        <translation>Waxa bogga ka maqan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-entry&lt;/b&gt;: a decision made before DisciplineDesk was used, entered so that the student&apos;s prior record is complete. Enter it as it was made; the log marks it as a back-entry and creates no follow-ups.</source>
        <translation>&lt;b&gt;Diiwaangelin dib u dhac ah&lt;/b&gt;: go&apos;aan la gaaray ka hor intaan DisciplineDesk la isticmaalin, oo la gelinayo si diiwaanka hore ee ardaygu u dhammaystirmo. U geli sidii loo gaaray; diiwaanku wuxuu u calaamadeeyaa dib u dhac, mana abuuro wax la-socod ah.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the log</source>
        <translation>Qari diiwaanka</translation>
    </message>
    <message>
        <source>The log in {folder} is not encrypted yet. Set a passphrase: the log and its backups are then encrypted, and an encrypted copy of it is kept first.</source>
        <translation>Diiwaanka ku jira {folder} weli lama qarin. Samee eray sir ah: markaas diiwaanka iyo kaydadkiisa waa la qarinayaa, marka horena waxaa la hayaa nuqul la qariyay.</translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>Factors before exclusion</source>
        <translation>Arrimaha ka hor ka saarista</translation>
    </message>
    <message>
        <source>Before any suspension, hearing or expulsion, staff must consider each of these ({citation}).</source>
        <translation>Ka hor joojin, dhegeysi ama cayrin kasta, shaqaaluhu waa inay tixgeliyaan mid kasta oo kuwan ka mid ah ({citation}).</translation>
    </message>
    <message>
        <source>How many factors are documented</source>
        <translation>Immisa arrimood ayaa la diiwaangeliyay</translation>
    </message>
    <message>
        <source>How this was considered</source>
        <translation>Sida tan loo tixgeliyay</translation>
    </message>
    <message>
        <source>Yes, as recorded on the behavior page.</source>
        <translation>Haa, sida lagu diiwaangeliyay bogga dabeecadda.</translation>
    </message>
    <message>
        <source>No, as recorded on the behavior page.</source>
        <translation>Maya, sida lagu diiwaangeliyay bogga dabeecadda.</translation>
    </message>
    <message>
        <source>{done} of {total} factors documented. They are required before an exclusion, not before other responses.</source>
        <translation>{done} ka mid ah {total} arrimood ayaa la diiwaangeliyay. Waa loo baahan yahay ka hor ka saarista, ee looma baahna ka hor tallaabooyinka kale.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>Muuqaalka qoyska</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (turjumaad qabyo ah)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>What the family reads</source>
        <translation>Waxa qoysku akhrinayo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Xir</translation>
    </message>
    <message>
        <source>Draft translation: not yet reviewed by a qualified translator. The English letter is the reference.</source>
        <translation>Turjumaad qabyo ah: weli uma hubin turjumaan aqoon u leh. Warqadda Ingiriisiga ayaa ah tixraaca.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not permitted as entered</source>
        <translation>Looma oggola sida loo geliyay</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Waa waajib</translation>
    </message>
    <message>
        <source>Consult first</source>
        <translation>Marka hore la tasho</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Digniinno</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Macluumaad ahaan</translation>
    </message>
    <message>
        <source>No findings: nothing in the handbook limits or requires anything more here.</source>
        <translation>Wax la helay ma jiraan: buuggu halkan wax kale kuma xaddido mana dalbado.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Taariikhaha</translation>
    </message>
    <message>
        <source>no</source>
        <translation>maya</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>suurtagal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>haa</translation>
    </message>
    <message>
        <source>substance level {level}</source>
        <translation>maandooriye heerka {level}</translation>
    </message>
    <message>
        <source>suspension: {value}</source>
        <translation>joojin: {value}</translation>
    </message>
    <message>
        <source>hearing: {value}</source>
        <translation>dhageysi: {value}</translation>
    </message>
    <message>
        <source>Findings from the handbook</source>
        <translation>Natiijooyinka buugga</translation>
    </message>
    <message>
        <source>Draft translation of the handbook&apos;s texts, not yet reviewed by a qualified translator. The log records them in the handbook&apos;s own language.</source>
        <translation>Turjumaad qabyo ah oo qoraallada buugga ah, weli uusan dib u eegin turjumaan u qalma. Diiwaanku wuxuu ku kaydiyaa luqadda asalka ah ee buugga.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hawlaha xiga&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Waqtiga</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Arday</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Maxay</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Hawlaha xiga ee la gaaray</translation>
    </message>
    <message>
        <source>Mark &amp;done...</source>
        <translation>Calaamadee inay &amp;dhammaatay...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Waqtigii way dhaaftay</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Maanta</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7-da maalmood ee soo socda</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Hadhow</translation>
    </message>
    <message>
        <source>Two revisions of this decision were made on two laptops; the later one is current. Look at both together (the incident view shows them).</source>
        <translation>Go&apos;aankan laba dib-u-eegis ayaa lagu sameeyay laba kombiyuutar; ka dambe ayaa hadda shaqeeya. Wada eega labadaba (muuqaalka dhacdada ayaa tusaya).</translation>
    </message>
    <message>
        <source>by {time} today</source>
        <translation>maanta ka hor {time}</translation>
    </message>
    <message>
        <source>Mark done: {what}, for {student}, due {due}.</source>
        <translation>Calaamadee in la dhammeeyay: {what}, ee {student}, waqtigu {due}.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Calaamadee inay dhammaatay</translation>
    </message>
    <message>
        <source>Note (what was done, when):</source>
        <translation>Qoraal (waxa la sameeyay, goorta):</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Lama calaamadeyn</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Back to the family view</source>
        <translation>Ku noqo muuqaalka qoyska</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>The incident</source>
        <translation>Dhacdada</translation>
    </message>
    <message>
        <source>&amp;Documents...</source>
        <translation>&amp;Dukumentiyo...</translation>
    </message>
    <message>
        <source>Print or save the summary and the letters again</source>
        <translation>Mar kale daabac ama kaydi soo koobidda iyo warqadaha</translation>
    </message>
    <message>
        <source>&amp;Void the incident...</source>
        <translation>&amp;Buri dhacdada...</translation>
    </message>
    <message>
        <source>&amp;Revise a decision...</source>
        <translation>&amp;Dib u eeg go&apos;aan...</translation>
    </message>
    <message>
        <source>The decision page again: a new revision, the earlier kept</source>
        <translation>Bogga go&apos;aanka mar kale: dib-u-eegis cusub, midkii hore waa la hayaa</translation>
    </message>
    <message>
        <source>Incident: {when}, {where}</source>
        <translation>Dhacdo: {when}, {where}</translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation>meesha lama diiwaangelin</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>La buriyay: {reason}</translation>
    </message>
    <message>
        <source>Back-entry: a decision made before DisciplineDesk was used, entered on {day} for the prior record.</source>
        <translation>Diiwaangelin dib u dhac ah: go&apos;aan la gaaray ka hor intaan DisciplineDesk la isticmaalin, la geliyay {day} si diiwaanka hore u dhammaystirmo.</translation>
    </message>
    <message>
        <source>Reported by: {who}</source>
        <translation>Waxaa soo sheegay: {who}</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Yaa ku lug lahaa</translation>
    </message>
    <message>
        <source>did something</source>
        <translation>wax sameeyay</translation>
    </message>
    <message>
        <source>was harmed</source>
        <translation>waxyeello gaadhay</translation>
    </message>
    <message>
        <source>saw it</source>
        <translation>arkay</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>soo sheegay</translation>
    </message>
    <message>
        <source>void</source>
        <translation>la buriyay</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n maalin laga bilaabo {start}</numerusform>
            <numerusform>, %n maalmood laga bilaabo {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} maalmood laga bilaabo {start}</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>la dhammeeyay {when}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>la joojiyay</translation>
    </message>
    <message>
        <source>open</source>
        <translation>furan</translation>
    </message>
    <message>
        <source>Decisions and their revisions</source>
        <translation>Go&apos;aamada iyo dib-u-eegistooda</translation>
    </message>
    <message>
        <source>Revision {n}: {action}, by {who} on {when}</source>
        <translation>Dib-u-eegis {n}: {action}, waxaa sameeyay {who} {when}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>sababta: {reason}</translation>
    </message>
    <message>
        <source>why it changed: {reason}</source>
        <translation>sababta loo beddelay: {reason}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dukumentiyo</translation>
    </message>
    <message>
        <source>None printed or saved yet.</source>
        <translation>Weli waxba lama daabicin lamana kaydin.</translation>
    </message>
    <message>
        <source>{when}: {what}, by {who}, to {where}</source>
        <translation>{when}: {what}, waxaa sameeyay {who}, loo diray {where}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Raadraaca hubinta</translation>
    </message>
    <message>
        <source>on another laptop</source>
        <translation>kombiyuutar kale</translation>
    </message>
    <message>
        <source>Revise a decision</source>
        <translation>Dib u eeg go&apos;aan</translation>
    </message>
    <message>
        <source>Whose decision?</source>
        <translation>Go&apos;aanka yaa?</translation>
    </message>
    <message>
        <source>Void the incident</source>
        <translation>Buri dhacdada</translation>
    </message>
    <message>
        <source>Void this incident for everyone involved? It stays in the log, marked void with your reason, and no longer counts in any record or report.
Reason:</source>
        <translation>Ma u buriyaa dhacdadan qof kasta oo ku lug lahaa? Waxay ku jiri doontaa buugga, iyadoo lagu calaamadeeyay la buriyay sababtaada, mana lagu tirin doono diiwaan ama warbixin.
Sababta:</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Lama burin</translation>
    </message>
</context>
<context>
    <name>Involved</name>
    <message>
        <source>did something (own decision)</source>
        <translation>wax sameeyay (go&apos;aan u gaar ah)</translation>
    </message>
    <message>
        <source>was harmed (victim)</source>
        <translation>waxyeello gaadhay (dhibane)</translation>
    </message>
    <message>
        <source>saw it (witness)</source>
        <translation>arkay (markhaati)</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>soo sheegay</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Shaqaale</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Booqde</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Qof kale</translation>
    </message>
</context>
<context>
    <name>InvolvedPanel</name>
    <message>
        <source>Others involved</source>
        <translation>Kuwa kale ee ku lug lahaa</translation>
    </message>
    <message>
        <source>Add a s&amp;tudent...</source>
        <translation>Ku dar &amp;arday...</translation>
    </message>
    <message>
        <source>Add someone &amp;else...</source>
        <translation>Ku dar qof &amp;kale...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ka saar</translation>
    </message>
    <message>
        <source>Supports: {list}</source>
        <translation>Taageerooyin: {list}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk waa quful</translation>
    </message>
    <message>
        <source>The window was locked to keep student records private. Enter the passphrase to go on; nothing you entered is lost.</source>
        <translation>Daaqadda waa la xiray si diiwaannada ardaydu u ahaadaan qarsoodi. Geli erayga sirta ah si aad u sii wadato; waxaad gelisay waxba kama lumin.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Eray sir ah</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Kaasi maaha erayga sirta ah.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Substance</source>
        <translation>Maandooriye</translation>
    </message>
    <message>
        <source>{action} (back-entry)</source>
        <translation>{action} (dib u dhac)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Taariikh</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Arday</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Dabeecadaha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tallaabo</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Hawlaha xiga</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n dhibane</numerusform>
            <numerusform>%n dhibane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n markhaati</numerusform>
            <numerusform>%n markhaati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n soo sheege</numerusform>
            <numerusform>%n soo sheege</numerusform>
        </translation>
    </message>
    <message>
        <source>offender</source>
        <translation>falcelinta sameeyay</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>dhibane</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>markhaati</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>soo sheege</translation>
    </message>
    <message numerus="yes">
        <source>{action}, %n day(s)</source>
        <translation>
            <numerusform>{action}, %n maalin</numerusform>
            <numerusform>{action}, %n maalmood</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, {days} days</source>
        <translation>{action}, {days} maalmood</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log of incidents</source>
        <translation>Diiwaanka dhacdooyinka</translation>
    </message>
    <message>
        <source>Search descriptions and names</source>
        <translation>Ka raadi sharaxaadaha iyo magacyada</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Ka raadi diiwaanka</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Laga bilaabo taariikhda</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Ilaa taariikhda</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mid kasta</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Dhammaan noocyada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Dhammaan tallaabooyinka</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tallaabo</translation>
    </message>
    <message>
        <source>Open &amp;follow-ups</source>
        <translation>Hawlaha xiga ee &amp;furan</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Raadi:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Laga bilaabo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ilaa</translation>
    </message>
    <message>
        <source>Bac&amp;k to the report</source>
        <translation>Ku &amp;noqo warbixinta</translation>
    </message>
    <message>
        <source>Offline. Data folder: {path}</source>
        <translation>Internet la&apos;aan. Galka xogta: {path}</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>Go&apos;aan &amp;cusub</translation>
    </message>
    <message>
        <source>&amp;Print or save documents...</source>
        <translation>Daa&amp;bac ama kaydi dukumentiyada...</translation>
    </message>
    <message>
        <source>Import &amp;roster...</source>
        <translation>Soo geli &amp;liiska ardayda...</translation>
    </message>
    <message>
        <source>School &amp;calendar...</source>
        <translation>&amp;Jadwalka dugsiga...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>Ka&amp;yd...</translation>
    </message>
    <message>
        <source>&amp;Find student...</source>
        <translation>&amp;Raadi arday...</translation>
    </message>
    <message>
        <source>Show &amp;all incidents</source>
        <translation>Tus &amp;dhammaan dhacdooyinka</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Wadaagid</translation>
    </message>
    <message>
        <source>&amp;Enter a past decision (back-entry)...</source>
        <translation>&amp;Geli go&apos;aan hore (diiwaangelin dib u dhac ah)...</translation>
    </message>
    <message>
        <source>&amp;Open the incident</source>
        <translation>&amp;Fur dhacdada</translation>
    </message>
    <message>
        <source>Re&amp;vise a decision...</source>
        <translation>&amp;Wax ka beddel go&apos;aan...</translation>
    </message>
    <message>
        <source>Voi&amp;d the incident...</source>
        <translation>Bur&amp;i dhacdada...</translation>
    </message>
    <message>
        <source>Res&amp;tore...</source>
        <translation>&amp;Soo celi...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Dejinta...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ka bax</translation>
    </message>
    <message>
        <source>&amp;Discipline report...</source>
        <translation>&amp;Warbixinta anshaxa...</translation>
    </message>
    <message>
        <source>Behavior &amp;matrix</source>
        <translation>&amp;Jadwalka dabeecadaha</translation>
    </message>
    <message>
        <source>&amp;About DisciplineDesk</source>
        <translation>&amp;Ku saabsan DisciplineDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Warbixinno</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Caawimo</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Ugu muhiimsan</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Go&apos;aanka waa la diiwaangeliyay.</translation>
    </message>
    <message>
        <source>Back-entry recorded.</source>
        <translation>Diiwaangelinta dib u dhaca ah waa la keydiyay.</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>arday</translation>
    </message>
    <message>
        <source>Unfinished decision</source>
        <translation>Go&apos;aan aan dhammaan</translation>
    </message>
    <message>
        <source>A decision for {who} was not finished (saved {when} UTC). Resume it?</source>
        <translation>Go&apos;aan loo sameeyay {who} lama dhammaystirin (waxaa la kaydiyay {when} UTC). Ma sii wadaa?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Sii wad</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Tuur</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Hadhow</translation>
    </message>
    <message numerus="yes">
        <source>%n+ incident(s)</source>
        <translation>
            <numerusform>%n+ dhacdo</numerusform>
            <numerusform>%n+ dhacdo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n dhacdo</numerusform>
            <numerusform>%n dhacdo</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Arday ma jiro</translation>
    </message>
    <message>
        <source>Import a roster first (File &gt; Import roster).</source>
        <translation>Marka hore soo geli liiska ardayda (Fayl &gt; Soo geli liiska ardayda).</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>Raadi arday</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Arday:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Waa la dhammeeyay</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Lama samayn</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Soo geli liiska ardayda</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Liiska ardayda (*.csv);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Xog tijaabo ah</translation>
    </message>
    <message>
        <source>This data folder holds the made-up demo school. Import real students into another data folder.</source>
        <translation>Galkan xogta waxaa ku jira dugsi tijaabo ah oo male ah. Ardayda dhabta ah soo geli gal xog oo kale.</translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation>Waxaa la soo gelinayaa liiska ardayda...</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>%n arday ayaa la soo geliyay</numerusform>
            <numerusform>%n arday ayaa la soo geliyay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n la cusboonaysiiyay</numerusform>
            <numerusform>%n la cusboonaysiiyay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n aan isbeddelin</numerusform>
            <numerusform>%n aan isbeddelin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed from names</source>
        <translation>
            <numerusform>%n xaraf xakameyn ah ayaa laga saaray magacyada</numerusform>
            <numerusform>%n xaraf xakameyn ah ayaa laga saaray magacyada</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the log</source>
        <translation>Kaydi diiwaanka</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3)</source>
        <translation>Kayd (*.sqlite3)</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Waxaa la qorayaa kaydka...</translation>
    </message>
    <message>
        <source>Backup written to {result}.</source>
        <translation>Kaydka waxaa lagu qoray {result}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Soo celi kayd</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3);;All files (*)</source>
        <translation>Kayd (*.sqlite3);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Ma soo celisaa kaydkan?</translation>
    </message>
    <message>
        <source>The log will be replaced by the backup. The current log is kept in the backups folder first.</source>
        <translation>Diiwaanka waxaa lagu beddelayaa kaydka. Diiwaanka hadda jira marka hore waxaa la dhigayaa galka kaydadka.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Lama soo celin</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Waa la soo celiyay</translation>
    </message>
    <message>
        <source>The log was restored from {path}. The previous log was kept as {kept}. Rolled back: {incidents} incidents, {decisions} decisions and {disclosures} disclosures that were recorded after the backup.</source>
        <translation>Diiwaanka waxaa laga soo celiyay {path}. Diiwaankii hore waxaa loo hayaa {kept}. Waa la laalay waxyaabihii la diiwaangeliyay kaydka kadib: {incidents} dhacdo, {decisions} go&apos;aan iyo {disclosures} bixin.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Ereyga sirta ee kaydka</translation>
    </message>
    <message>
        <source>{name} does not open with the log&apos;s passphrase. If it was made before the passphrase was changed, enter the passphrase it was made with:</source>
        <translation>{name} kuma furmayo ereyga sirta ee diiwaanka. Haddii la sameeyay ka hor intaan ereyga sirta la beddelin, geli ereyga sirta lagu sameeyay:</translation>
    </message>
    <message>
        <source>Replace with the demo school?</source>
        <translation>Ku beddel dugsiga tusaalaha?</translation>
    </message>
    <message>
        <source>This backup is the made-up demo school ({demo}). Restoring it replaces the log of {school} with made-up students (the current log is kept in the backups folder). Replace it?</source>
        <translation>Kaydkani waa dugsiga tusaalaha ah ee la sameeyay ({demo}). Soo celintiisu waxay diiwaanka {school} ku beddelaysaa arday la sameeyay (diiwaanka hadda waxaa lagu hayaa galka kaydadka). Ma beddelaysaa?</translation>
    </message>
    <message>
        <source>DEMO DATA (made-up students) — {title}</source>
        <translation>XOG TIJAABO AH (arday male ah) — {title}</translation>
    </message>
</context>
<context>
    <name>MatrixBrowser</name>
    <message>
        <source>Search behaviors, e.g. fight, phone, vape</source>
        <translation>Raadi dabeecadaha, tusaale: dagaal, taleefan, sigaar koronto</translation>
    </message>
    <message>
        <source>Search the behavior matrix</source>
        <translation>Ka raadi jadwalka dabeecadaha</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Dabeecad</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Bog</translation>
    </message>
    <message>
        <source>Behavior matrix</source>
        <translation>Jadwalka dabeecadaha</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Macnaha</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alcohol and drugs (levels A, B, C)</source>
        <translation>Khamri iyo daroogo (heerarka A, B, C)</translation>
    </message>
    <message>
        <source>Substance (levels by count)</source>
        <translation>Maandooriye (heerar tirada ku salaysan)</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Behavior matrix</source>
        <translation>Jadwalka dabeecadaha</translation>
    </message>
</context>
<context>
    <name>MonthDayEdit</name>
    <message>
        <source>{what}: month</source>
        <translation>{what}: bisha</translation>
    </message>
    <message>
        <source>{what}: day</source>
        <translation>{what}: maalinta</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Eray sir ah oo cusub</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Isla erayga sirta ah mar kale</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: three or four unrelated words are easy to remember and hard to guess. Nobody can recover it: without it, the log and its backups cannot be opened. Keep it where the school keeps its other passwords.</source>
        <translation>Dooro erey-sir ka kooban ugu yaraan {minimum} xaraf: saddex ama afar eray oo aan isku xirnayn way fududahay in la xasuusto, wayna adag tahay in la qiyaaso. Cidna ma soo celin karto: la&apos;aanteed diiwaanka iyo kaydadkiisa lama furi karo. Ku hay meesha dugsigu ku hayo furayaashiisa kale.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Eray sir ah:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Mar kale:</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Adkaanta: daciif</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Adkaanta: dhexdhexaad</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Adkaanta: adag</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase is too short ({length} characters; at least {minimum}).</source>
        <translation>Lama aqbalin: erey-sirtu aad bay u gaaban tahay ({length} xaraf; ugu yaraan {minimum}).</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase repeats too few characters to be hard to guess.</source>
        <translation>Lama aqbalin: erey-sirtu waxay leedahay xarfo kala duwan oo aad u yar, sidaas darteed way fududahay in la qiyaaso.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Labada eray sir ah isku mid maaha.</translation>
    </message>
</context>
<context>
    <name>OffenderSelector</name>
    <message>
        <source>Whose decision this page is about</source>
        <translation>Go&apos;aanka boggani yuu khuseeyaa</translation>
    </message>
    <message>
        <source>Decision f&amp;or:</source>
        <translation>Go&apos;aanka &amp;loogu talagalay:</translation>
    </message>
    <message>
        <source>Each student has their own behaviors, factors and decision.</source>
        <translation>Arday kastaa wuxuu leeyahay dabeecado, arrimo iyo go&apos;aan u gaar ah.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The log is damaged</source>
        <translation>Diiwaanku wuu xumaaday</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask IT staff for the latest backup; the damaged file is left as it is.</source>
        <translation>{problem}

Kayd ma jiro {folder}. Shaqaalaha IT-ga ka codso kaydkii ugu dambeeyay; faylka xumaaday sidiisa ayaa loo daayay.</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest backup, {name} (made {when})? Decisions recorded after it will need to be entered again. The damaged file is kept aside.</source>
        <translation>{problem}

Ma soo celinaysaa kaydka ugu dambeeyay, {name} (la sameeyay {when})? Go&apos;aamada la diiwaangeliyay ka dib waa in mar kale la geliyaa. Faylka xumaaday dhinac ayaa la dhigayaa.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Lama soo celin</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Waa la soo celiyay</translation>
    </message>
    <message>
        <source>The log was restored from {name}. The damaged file was kept as {aside}.</source>
        <translation>Diiwaanka waxaa laga soo celiyay {name}. Faylka xumaaday waxaa loo hayaa sidii {aside}.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Discipline report</source>
        <translation>Warbixinta anshaxa</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Laga bilaabo taariikhda</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Ilaa taariikhda</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Muuji</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Kaydi sida &amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Laga bilaabo</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;ilaa</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Dhammaan fasallada</translation>
    </message>
    <message>
        <source>Grades {band}</source>
        <translation>Fasallada {band}</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Dhammaan noocyada</translation>
    </message>
    <message>
        <source>All behaviors</source>
        <translation>Dhammaan dabeecadaha</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Kooxda fasallada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Nooc</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Dabeecad</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Qaybaha warbixinta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Koox</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Diiwaangashan</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>La saaray</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Khatarta</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>Saamiga khatarta</translation>
    </message>
    <message>
        <source>Exclusion by group</source>
        <translation>Ka saarista kooxaha</translation>
    </message>
    <message>
        <source>The end of the period is before its start: change the dates.</source>
        <translation>Dhammaadka muddadu wuu ka horreeyaa bilowgeeda: beddel taariikhaha.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s decisions...</source>
        <translation>Waxaa la tirinayaa go&apos;aannada muddada...</translation>
    </message>
    <message>
        <source>From the report: {what}, {first} to {last}</source>
        <translation>Warbixinta: {what}, {first} ilaa {last}</translation>
    </message>
    <message>
        <source>Incidents: {incidents}; students involved as offenders: {students} (more than once: {repeat}); students excluded: {excluded}; days of suspension: {days:g}; follow-ups open: {open}, overdue: {overdue}.</source>
        <translation>Dhacdooyin: {incidents}; arday falka sameeyay: {students} (in ka badan hal mar: {repeat}); arday la reebay: {excluded}; maalmaha joojinta: {days:g}; hawlo furan: {open}, waqtigoodii dhaafay: {overdue}.</translation>
    </message>
    <message>
        <source>Big 5: &amp;when</source>
        <translation>Big 5: &amp;goorma</translation>
    </message>
    <message>
        <source>Big 5: what, where, &amp;who</source>
        <translation>Big 5: maxay, xaggee, &amp;yaa</translation>
    </message>
    <message>
        <source>&amp;Tiers and students</source>
        <translation>&amp;Heerarka iyo ardayda</translation>
    </message>
    <message>
        <source>&amp;Reporters and deciders</source>
        <translation>&amp;Soo sheegayaasha iyo go&apos;aamiyayaasha</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Dhacdooyinka bilaha</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Dhacdooyinka noocyada</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Dhacdooyinka</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Tallaabooyinka la go&apos;aamiyay</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Tallaabooyinka</translation>
    </message>
    <message>
        <source>Incidents per school day, by month</source>
        <translation>Dhacdooyin maalintii dugsiga, bil kasta</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Saacadda maalinta</translation>
    </message>
    <message>
        <source>{hour}:00 to {hour}:59</source>
        <translation>{hour}:00 ilaa {hour}:59</translation>
    </message>
    <message>
        <source>Per school day of the weekday</source>
        <translation>Maalin dugsi kasta oo toddobaadka</translation>
    </message>
    <message>
        <source>Behaviors (most frequent)</source>
        <translation>Dabeecadaha (kuwa ugu badan)</translation>
    </message>
    <message>
        <source>Locations (most frequent)</source>
        <translation>Goobaha (kuwa ugu badan)</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>&amp;Sinnaanta</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Maandooriye</translation>
    </message>
    <message>
        <source>{title}: none in this period</source>
        <translation>{title}: muddadan midna ma jiro</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>Jinsiyad/qowmiyad</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsi</translation>
    </message>
    <message>
        <source>Disability (IEP, 504 or referral)</source>
        <translation>Naafonimo (IEP, 504 ama gudbin)</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Barte Ingiriisi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>haa</translation>
    </message>
    <message>
        <source>no</source>
        <translation>maya</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(lama diiwaangelin)</translation>
    </message>
    <message>
        <source>Students (most incidents)</source>
        <translation>Arday (dhacdooyinka ugu badan)</translation>
    </message>
    <message>
        <source>students at {band} incidents</source>
        <translation>ardayda leh {band} dhacdo</translation>
    </message>
    <message>
        <source>Students with 0-1, 2-5 and 6 or more incidents in the period, of the {n} enrolled. Click a band, or a student in the table, to see the incidents.</source>
        <translation>Ardayda leh 0-1, 2-5 iyo 6 ama ka badan dhacdooyin muddadan, ka mid ah {n} ee diiwaangashan. Guji xarig, ama arday ku jira shaxda, si aad u aragto dhacdooyinka.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Arday</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Dhacdooyin</translation>
    </message>
    <message>
        <source>Days excluded</source>
        <translation>Maalmaha laga reebay</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Hawlo furan</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Qorshe taageero</translation>
    </message>
    <message>
        <source>Students with the most incidents</source>
        <translation>Ardayda leh dhacdooyinka ugu badan</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>Yaa soo sheegay</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Yaa go&apos;aamiyay</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Tirada</translation>
    </message>
    <message>
        <source>Share excluded</source>
        <translation>Qaybta la reebay</translation>
    </message>
    <message>
        <source>Share excluded: out-of-school suspension or expulsion. Groups under {group} and counts under {cell} are not shown (-), as in the equity table.</source>
        <translation>Qaybta la reebay: joojin dugsiga dibaddiisa ama eryid. Kooxaha ka yar {group} iyo tirooyinka ka yar {cell} lama muujiyo (-), sida shaxda sinnaanta.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Isn</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Arb</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kha</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jim</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Axd</translation>
    </message>
    <message>
        <source>Click a bar to see its incidents</source>
        <translation>Guji tiir si aad u aragto dhacdooyinkiisa</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>koox yar</translation>
    </message>
    <message>
        <source>small count</source>
        <translation>tiro yar</translation>
    </message>
    <message>
        <source>no one else excluded</source>
        <translation>cid kale lama reebin</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Naafonimo</translation>
    </message>
    <message>
        <source>Risk: students with at least one out-of-school suspension or expulsion in the period, out of the students enrolled in the group. Risk ratio: the group&apos;s risk divided by the risk of all other students (above 1: excluded more often). Groups under {group} students and counts under {cell} are not shown, so that no student can be recognised.</source>
        <translation>Khatarta: ardayda muddada ugu yaraan hal mar laga joojiyay dugsiga ama la cayriyay, marka loo eego ardayda kooxda ku diiwaangashan. Saamiga khatarta: khatarta kooxda oo loo qaybiyay khatarta dhammaan ardayda kale (in ka badan 1: si badan ayaa loo saaray). Kooxaha ka yar {group} arday iyo tirooyinka ka yar {cell} lama muujiyo, si aan arday loo aqoonsan.</translation>
    </message>
    <message>
        <source>Risk ratio (1 = same as the other students)</source>
        <translation>Saamiga khatarta (1 = la mid ah ardayda kale)</translation>
    </message>
    <message>
        <source>No group is large enough for a risk ratio in this period</source>
        <translation>Muddadan ma jirto koox ku filan oo saamiga khatarta loo xisaabin karo</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Kaydi warbixinta</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Lama kaydin</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Waa la kaydiyay</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Warbixinta waxaa lagu kaydiyay {path}.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Calaamadee in la dhammeeyay</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qoraal</translation>
    </message>
    <message>
        <source>The day the student came back</source>
        <translation>Maalinta ardaygu soo laabtay</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Qoraal:</translation>
    </message>
    <message>
        <source>The student &amp;came back on:</source>
        <translation>Ardaygu wuxuu soo &amp;laabtay:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Dejinta</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>tusaale, Isniin ilaa Jimce, 7:30 ilaa 4:00</translation>
    </message>
    <message>
        <source>On every family letter, so that the family knows whom to call.</source>
        <translation>Warqad kasta oo qoyska loo diro, si qoysku u ogaado cidda ay wacayaan.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>lama dejin</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Afka nidaamka</translation>
    </message>
    <message>
        <source>Takes effect the next time DisciplineDesk starts.</source>
        <translation>Waxay dhaqan gelaysaa marka xigta ee DisciplineDesk la furo.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> daqiiqo</translation>
    </message>
    <message>
        <source> school years</source>
        <translation> sannad-dugsiyeed</translation>
    </message>
    <message>
        <source>A purge never removes these school years, this one included.</source>
        <translation>Tirtiriddu marna ma saarto sannad-dugsiyeedyadan, kan hadda ku jira.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Magaca dugsiga:</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Aqoonsiga dugsiga:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Ciwaanka dugsiga:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Saacadaha xafiiska:</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>Sannad dugsiyeedku wuxuu &amp;bilaabmaa:</translation>
    </message>
    <message>
        <source>&amp;Last senior day (60-day rule):</source>
        <translation>&amp;Maalinta ugu dambaysa ee fasalka ugu sarreeya (xeerka 60 maalmood):</translation>
    </message>
    <message>
        <source>Default &amp;decided by:</source>
        <translation>Qofka &amp;go&apos;aamiya (caadi ahaan):</translation>
    </message>
    <message>
        <source>Ed-Fi descriptor &amp;namespace:</source>
        <translation>&amp;Meelaynta magacyada Ed-Fi:</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage (from the next start):</source>
        <translation>&amp;Afka barnaamijka (marka xigta ee la furo):</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Quful daaqadda kadib:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>&amp;Kaydadka maalinlaha ah ee la hayo:</translation>
    </message>
    <message>
        <source>A purge always &amp;keeps:</source>
        <translation>Tirtiriddu had iyo jeer way &amp;haysaa:</translation>
    </message>
    <message>
        <source>What is wrong with: {field}</source>
        <translation>Waxa khaldan: {field}</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>Beddel &amp;erayga sirta ah...</translation>
    </message>
    <message>
        <source>Sharing with the school&apos;s other laptops...</source>
        <translation>La wadaag kombiyuutarrada kale ee dugsiga...</translation>
    </message>
    <message>
        <source>Not a day of the year: write the month and day as MM-DD, e.g. 09-01.</source>
        <translation>Maaha maalin sannadka ka mid ah: u qor bisha iyo maalinta sida MM-DD, tusaale 09-01.</translation>
    </message>
    <message>
        <source>Digits only: the school&apos;s number in the district&apos;s systems.</source>
        <translation>Tirooyin oo keliya: lambarka dugsiga ee nidaamyada degmada.</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Shared with %n other laptop(s)</source>
        <translation>
            <numerusform>Lala wadaagay %n kombiyuutar kale</numerusform>
            <numerusform>Lala wadaagay %n kombiyuutar kale</numerusform>
        </translation>
    </message>
    <message>
        <source>{laptops}, last exchange {when}</source>
        <translation>{laptops}, isweydaarsigii ugu dambeeyay {when}</translation>
    </message>
    <message>
        <source>{laptops}, no exchange yet</source>
        <translation>{laptops}, weli isweydaarsi ma jiro</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not taken this time</source>
        <translation>
            <numerusform>%n fayl lama qaadan markan</numerusform>
            <numerusform>%n fayl lama qaadan markan</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing: {problem}</source>
        <translation>Wadaagid: {problem}</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>Wadaagid</translation>
    </message>
    <message>
        <source>The school&apos;s administrators share one record: each laptop writes an encrypted file to a folder they all reach (a school share, a synced cloud folder or a USB stick) and reads the others&apos;. No server; nothing leaves the school but through that folder.</source>
        <translation>Maamulayaasha dugsigu waxay wadaagaan hal diiwaan: kombiyuutar kastaa wuxuu fayl qarsoon ku qoraa gal ay dhammaan gaari karaan (gal shabakadda dugsiga, gal daruur la isku xiro ama USB) wuxuuna akhriyaa kuwa kale. Server ma jiro; waxba kama baxaan dugsiga haddii aysan galkaas marin.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Galka la wadaago</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Dooro...</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Bilow wadaagidda</translation>
    </message>
    <message>
        <source>&amp;Join with a code...</source>
        <translation>&amp;Ku biir koodh...</translation>
    </message>
    <message>
        <source>Show the join &amp;code...</source>
        <translation>Tus &amp;koodhka...</translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation>&amp;Isweydaarso hadda</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>&amp;Jooji wadaagidda...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Galka:</translation>
    </message>
    <message>
        <source>Not shared. On the first laptop: choose the folder and Start sharing; then on each other laptop: the same folder and Join with the code.</source>
        <translation>Lama wadaagin. Kombiyuutarka koowaad: dooro galka oo riix Bilow wadaagidda; kadib kombiyuutar kasta oo kale: isla galka oo Ku biir koodhka.</translation>
    </message>
    <message>
        <source>This laptop ({laptop}) shares the school&apos;s record through this folder.</source>
        <translation>Kombiyuutarkan ({laptop}) wuxuu diiwaanka dugsiga ku wadaagaa galkan.</translation>
    </message>
    <message>
        <source>Laptop {laptop}: last wrote {when}</source>
        <translation>Kombiyuutarka {laptop}: wuxuu ugu dambeyn qoray {when}</translation>
    </message>
    <message>
        <source>No other laptop has written yet.</source>
        <translation>Weli kombiyuutar kale waxba ma qorin.</translation>
    </message>
    <message>
        <source>Choose the folder the laptops share first.</source>
        <translation>Marka hore dooro galka ay kombiyuutarradu wadaagaan.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Lama wadaagin</translation>
    </message>
    <message>
        <source>Join the school&apos;s record</source>
        <translation>Ku biir diiwaanka dugsiga</translation>
    </message>
    <message>
        <source>The join code shown on the first laptop (eight groups of four):</source>
        <translation>Koodhka lagu tusay kombiyuutarka koowaad (siddeed koox oo afar ah):</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Lagama biirin</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Tus koodhka ku biirista</translation>
    </message>
    <message>
        <source>The log&apos;s passphrase:</source>
        <translation>Erayga sirta ah ee diiwaanka:</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Taasi maaha erayga sirta ah.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Koodhka ku biirista</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type this code once on each other laptop of the school (Settings &gt; Sharing &gt; Join with a code), with the same folder:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep it like a password: with the folder, it opens the school&apos;s record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Koodhkan hal mar ku qor kombiyuutar kasta oo kale oo dugsiga ah (Dejinta &gt; Wadaagid &gt; Ku biir koodh), isla galka:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;U hay sida erey sir ah: galka la jira, wuxuu furaa diiwaanka dugsiga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Jooji wadaagidda</translation>
    </message>
    <message>
        <source>This laptop stops exchanging with the others. What it took in stays in its log, and what it wrote stays in the folder for the others.</source>
        <translation>Kombiyuutarkan wuu joojinayaa isweydaarsiga kuwa kale. Wixii uu qaatay waxay ku harayaan diiwaankiisa, wixii uu qorayna galka ayay ugu harayaan kuwa kale.</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Who was involved</source>
        <translation>Yaa ku lug lahaa</translation>
    </message>
    <message>
        <source>Find the student by name or school id (the prior record comes from the log), then add anyone else involved.</source>
        <translation>Ardayga ku raadi magac ama aqoonsi dugsiga (diiwaanka hore wuxuu ka yimaadaa buugga), kadibna ku dar qof kasta oo kale oo ku lug lahaa.</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Qor magac ama aqoonsiga ardayga</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Raadi arday</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Raadi:</translation>
    </message>
    <message>
        <source>The student is &amp;not in the roster: enter by hand</source>
        <translation>Ardaygu kuma &amp;jiro liiska: gacanta ku geli</translation>
    </message>
    <message>
        <source>Student entered by hand</source>
        <translation>Arday gacanta lagu geliyay</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>Dooro fasal</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Qorshaha Qodobka 504</translation>
    </message>
    <message>
        <source>Special education referral pending</source>
        <translation>U gudbinta waxbarashada gaarka ah oo sugaysa</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Aqoonsiga dugsiga:</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>&amp;Magaca koowaad:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Magaca &amp;dambe:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Fasalka:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Afka qoyska:</translation>
    </message>
    <message>
        <source>The student and prior record</source>
        <translation>Ardayga iyo diiwaankii hore</translation>
    </message>
    <message>
        <source>Section 504</source>
        <translation>Qodobka 504</translation>
    </message>
    <message>
        <source>special education referral pending</source>
        <translation>u gudbinta waxbarashada gaarka ah oo sugaysa</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>fasalka {grade}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Lama diiwaangelin IEP, qorshe 504 ama u gudbin</translation>
    </message>
    <message>
        <source>Exclusion days this school year: {days} of {limit}</source>
        <translation>Maalmaha ka saarista sannad dugsiyeedkan: {days} ka mid ah {limit}</translation>
    </message>
    <message>
        <source>Incidents in the log: {count}</source>
        <translation>Dhacdooyinka diiwaanka: {count}</translation>
    </message>
    <message>
        <source>Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution</source>
        <translation>Xadgudubyada maandooriyaha: {uop} isticmaal/haysasho, {transfer} wareejin, {dist} qaybin</translation>
    </message>
    <message>
        <source>{id} is also listed among the others involved: a student has one role.</source>
        <translation>{id} sidoo kale wuxuu ku jiraa kuwa kale ee ku lug lahaa: ardaygu wuxuu leeyahay hal door.</translation>
    </message>
    <message>
        <source>Choose a student from the roster, or enter one by hand.</source>
        <translation>Ka dooro arday liiska, ama gacanta ku geli.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s school id.</source>
        <translation>Geli aqoonsiga dugsiga ee ardayga.</translation>
    </message>
    <message>
        <source>Id {id} is already in the roster: find the student above instead.</source>
        <translation>Aqoonsiga {id} horey ayuu liiska ugu jiray: ardayga kor ka raadi.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s first and last name.</source>
        <translation>Geli magaca koowaad iyo magaca dambe ee ardayga.</translation>
    </message>
    <message>
        <source>Choose the student&apos;s grade.</source>
        <translation>Dooro fasalka ardayga.</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student: {name}</source>
        <translation>Arday: {name}</translation>
    </message>
    <message>
        <source>referral pending</source>
        <translation>u gudbin sugaysa</translation>
    </message>
    <message>
        <source>Grade {grade} · family language: {language}</source>
        <translation>Fasalka {grade} · afka qoyska: {language}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Lama diiwaangelin IEP, qorshe 504 ama u gudbin</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Sannad dugsiyeedkan</translation>
    </message>
    <message>
        <source>Days of suspension: {days} of {limit} school days</source>
        <translation>Maalmaha joojinta: {days} ka mid ah {limit} maalmood oo dugsi ah</translation>
    </message>
    <message>
        <source>Strategies tried: {list}</source>
        <translation>Qaababka la isku dayay: {list}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>waxba lama diiwaangelin</translation>
    </message>
    <message>
        <source>Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}</source>
        <translation>Diiwaanka maandooriyaha: {uop} isticmaal/haysasho, {transfer} wareejin, {dist} qaybin; heerka la gaaray: {level}</translation>
    </message>
    <message>
        <source>Incidents ({count})</source>
        <translation>Dhacdooyinka ({count})</translation>
    </message>
    <message>
        <source>involved as: victim</source>
        <translation>ku lug lahaa sida: dhibane</translation>
    </message>
    <message>
        <source>involved as: witness</source>
        <translation>ku lug lahaa sida: markhaati</translation>
    </message>
    <message>
        <source>involved as: reporter</source>
        <translation>ku lug lahaa sida: soo sheege</translation>
    </message>
    <message>
        <source>{days} calendar days</source>
        <translation>{days} maalmood oo kalandar ah</translation>
    </message>
    <message>
        <source>{days} calendar day</source>
        <translation>{days} maalin oo kalandar ah</translation>
    </message>
    <message>
        <source>{days} school days</source>
        <translation>{days} maalmood oo dugsi ah</translation>
    </message>
    <message>
        <source>{days} school day</source>
        <translation>{days} maalin oo dugsi ah</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Diiwaanka ardayga</translation>
    </message>
    <message>
        <source>in school: {inside} school days; out of school: {outside}</source>
        <translation>gudaha dugsiga: {inside} maalmood dugsi; dugsiga dibaddiisa: {outside}</translation>
    </message>
    <message>
        <source>Excluded from after-school and off-campus activities until {day}</source>
        <translation>Laga reebay hawlaha dugsiga kadib iyo kuwa dibadda ilaa {day}</translation>
    </message>
    <message>
        <source>(over)</source>
        <translation>(dhammaaday)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>la dhammeeyay</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>ugu dambayn {due}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>midna</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>What the handbook says</source>
        <translation>Waxa buuggu leeyahay</translation>
    </message>
    <message>
        <source>Responses start at the least intrusive. Check the ones you will use.</source>
        <translation>Tallaabooyinku waxay ka bilaabmaan kuwa ugu fudud. Calaamadee kuwa aad isticmaali doonto.</translation>
    </message>
    <message>
        <source>Type and matrix columns</source>
        <translation>Nooca iyo tiirarka jadwalka</translation>
    </message>
    <message>
        <source>Suggested responses</source>
        <translation>Tallaabooyinka la soo jeediyay</translation>
    </message>
    <message>
        <source>&amp;Responses (who delivers them):</source>
        <translation>&amp;Tallaabooyinka (qofka fuliya):</translation>
    </message>
    <message>
        <source>Records from other laptops</source>
        <translation>Diiwaannada kombiyuutarrada kale</translation>
    </message>
    <message>
        <source> (already tried)</source>
        <translation> (horay loo isku dayay)</translation>
    </message>
    <message>
        <source>Records from other laptops as of {when}</source>
        <translation>Diiwaannada kombiyuutarrada kale ilaa {when}</translation>
    </message>
    <message>
        <source>Records from other laptops: none taken in yet</source>
        <translation>Diiwaannada kombiyuutarrada kale: weli waxba lama qaadan</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Soo koobid</translation>
    </message>
    <message>
        <source>This is what will be recorded in the log when you press Finish.</source>
        <translation>Waa kan waxa diiwaanka lagu qori doono markaad riixdo Dhammee.</translation>
    </message>
    <message>
        <source>Summary of the decision</source>
        <translation>Soo koobidda go&apos;aanka</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>Kuwa kale ee ku lug lahaa</translation>
    </message>
    <message>
        <source>Back-entry</source>
        <translation>Diiwaangelin dib u dhac ah</translation>
    </message>
    <message>
        <source>A decision made before DisciplineDesk was used: it completes the prior record. No follow-ups are created.</source>
        <translation>Go&apos;aan la gaaray ka hor intaan DisciplineDesk la isticmaalin: wuxuu dhammaystiraa diiwaanka hore. Wax la-socod ah lama abuuro.</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n maalin laga bilaabo {start}</numerusform>
            <numerusform>, %n maalmood laga bilaabo {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} maalmood laga bilaabo {start}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Arday</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>fasalka {grade}</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Goorma iyo halkee</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Dabeecadaha</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Buugga</translation>
    </message>
    <message>
        <source>Responses chosen</source>
        <translation>Tallaabooyinka la doortay</translation>
    </message>
    <message>
        <source>none</source>
        <translation>midna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tallaabo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sabab</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Go&apos;aamiyay</translation>
    </message>
    <message>
        <source>Factors documented</source>
        <translation>Arrimaha la diiwaangeliyay</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>The decision for {name} is not permitted as entered: choose {name} at the top of the Decision page.</source>
        <translation>Go&apos;aanka {name} looma oggola sida loo geliyay: ka dooro {name} korka bogga Go&apos;aanka.</translation>
    </message>
    <message>
        <source>The decision is not permitted as entered: go back to the Decision page.</source>
        <translation>Go&apos;aanka sida loo geliyay lama oggola: ku noqo bogga Go&apos;aanka.</translation>
    </message>
</context>
<context>
    <name>TierTriangle</name>
    <message>
        <source>Tiers of support</source>
        <translation>Heerarka taageerada</translation>
    </message>
    <message numerus="yes">
        <source>{band} incidents: %n student(s) ({share}%)</source>
        <translation>
            <numerusform>{band} dhacdo: %n arday ({share}%)</numerusform>
            <numerusform>{band} dhacdo: %n arday ({share}%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk waa quful</translation>
    </message>
    <message>
        <source>The log in {folder} is encrypted. Enter its passphrase.</source>
        <translation>Diiwaanka ku jira {folder} waa la qariyay. Geli erayga sirta ah.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Eray sir ah</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DisciplineDesk</source>
        <translation>Ku soo dhawoow DisciplineDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;DisciplineDesk helps you decide what to do after a student&apos;s behavior, following the {handbook}. It works offline: the log of decisions stays on this computer, in {folder}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ku soo dhawoow&lt;/h2&gt;&lt;p&gt;DisciplineDesk wuxuu kaa caawiyaa inaad go&apos;aansato waxa la sameeyo dabeecadda ardayga kadib, iyadoo la raacayo {handbook}. Wuxuu shaqeeyaa internet la&apos;aan: diiwaanka go&apos;aannadu wuxuu ku jiraa kombiyuutarkan, {folder}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Rosewood Middle School</source>
        <translation>tusaale: Rosewood Middle School</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>tusaale, Isniin ilaa Jimce, 7:30 ilaa 4:00</translation>
    </message>
    <message>
        <source>e.g. A. Rivera, Vice Principal</source>
        <translation>tusaale, A. Rivera, Ku-xigeenka Maamulaha</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>weli lama oga</translation>
    </message>
    <message>
        <source>The 60-day rule for seniors needs it; it can be set later in Settings.</source>
        <translation>Xeerka 60-ka maalmood ee ardayda fasalka ugu dambeeya ayaa u baahan; hadhow waa lagu dejin karaa Dejinta.</translation>
    </message>
    <message>
        <source>No calendar yet: weekends only</source>
        <translation>Kalandar weli ma jiro: dhammaadka toddobaadka oo keliya</translation>
    </message>
    <message>
        <source>Choose &amp;calendar...</source>
        <translation>Dooro &amp;kalandarka...</translation>
    </message>
    <message>
        <source>No roster yet: add students as you go</source>
        <translation>Liis weli ma jiro: ku dar ardayda marka loo baahdo</translation>
    </message>
    <message>
        <source>Choose &amp;roster...</source>
        <translation>Dooro &amp;liiska ardayda...</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Magaca dugsiga:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Ciwaanka dugsiga:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Saacadaha xafiiska:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>What is wrong with the school name</source>
        <translation>Waxa ku khaldan magaca dugsiga</translation>
    </message>
    <message>
        <source>What is wrong with the start of the year</source>
        <translation>Waxa ku khaldan bilowga sannadka</translation>
    </message>
    <message>
        <source>What is wrong with the calendar</source>
        <translation>Waxa ku khaldan jadwalka</translation>
    </message>
    <message>
        <source>What is wrong with the roster</source>
        <translation>Waxa ku khaldan liiska ardayda</translation>
    </message>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Waxa ku khaldan erayga sirta ah</translation>
    </message>
    <message>
        <source>Why the log was not created</source>
        <translation>Sababta diiwaanka loo samayn waayay</translation>
    </message>
    <message>
        <source>Your name (“decided by”):</source>
        <translation>Magacaaga (“waxaa go&apos;aamiyay”):</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>Sannad dugsiyeedku wuxuu &amp;bilaabmaa:</translation>
    </message>
    <message>
        <source>Last day for s&amp;eniors:</source>
        <translation>Maalinta ugu dambaysa ee ardayda &amp;fasalka ugu sarreeya:</translation>
    </message>
    <message>
        <source>Calendar (.ics or CSV):</source>
        <translation>Kalandar (.ics ama CSV):</translation>
    </message>
    <message>
        <source>Roster (OneRoster or CSV):</source>
        <translation>Liiska ardayda (OneRoster ama CSV):</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Magaca dugsiga</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Ciwaanka dugsiga</translation>
    </message>
    <message>
        <source>School phone</source>
        <translation>Telefoonka dugsiga</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Saacadaha xafiiska</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Magacaaga</translation>
    </message>
    <message>
        <source>Last day for seniors</source>
        <translation>Maalinta ugu dambaysa ee ardayda fasalka ugu sarreeya</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Bilowga sannad dugsiyeedka</translation>
    </message>
    <message>
        <source>Choose the school calendar</source>
        <translation>Dooro kalandarka dugsiga</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Dooro liiska ardayda</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bilow</translation>
    </message>
    <message>
        <source>Set up your school</source>
        <translation>Diyaari dugsigaaga</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is encrypted with a passphrase.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diiwaanka waxaa lagu qariyaa eray sir ah.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explore with &amp;demo data</source>
        <translation>Ku sahan &amp;xog tijaabo ah</translation>
    </message>
    <message>
        <source>Or look around first</source>
        <translation>Ama marka hore eeg</translation>
    </message>
    <message>
        <source>A made-up school with a few hundred students and a year of decisions, in a separate folder ({folder}). The title bar says DEMO DATA while you use it.</source>
        <translation>Dugsi male ah oo leh dhowr boqol oo arday iyo go&apos;aanno sannad ah, gal gooni ah ({folder}). Inta aad isticmaalayso, ciwaanka daaqadda waxaa ku qoran XOG TIJAABO AH.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ka bax</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Kalandarka dugsiga</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv)</source>
        <translation>Kalandar (*.ics *.csv)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liiska ardayda</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Liiska ardayda (*.csv);;Dhammaan faylasha (*)</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name: it heads every letter and report.</source>
        <translation>Geli magaca dugsiga: wuxuu ku qoran yahay bilowga warqad iyo warbixin kasta.</translation>
    </message>
    <message>
        <source>Preparing the log...</source>
        <translation>Diiwaanka waa la diyaarinayaa...</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Waxa ku khaldan erayga sirta ah</translation>
    </message>
    <message>
        <source>This passphrase does not open the log. Check it (capital letters, spaces) and try again.</source>
        <translation>Erey-sirtan ma furayso diiwaanka. Hubi (xarfaha waaweyn, meelaha bannaan) oo isku day mar kale.</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>How the school decided similar incidents</source>
        <translation>Sida dugsigu u go&apos;aamiyay dhacdooyin la mid ah</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not recorded</source>
        <translation>Lama diiwaangelin</translation>
    </message>
    <message>
        <source>Not revised</source>
        <translation>Dib looma eegin</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s automatic backup was not made: {message}</source>
        <translation>Kaydka tooska ah ee maanta lama samayn: {message}</translation>
    </message>
</context>
</TS>
