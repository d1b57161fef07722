<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>%n non-school day(s) besides weekends.</source>
        <translation>
            <numerusform>%n non-school day besides weekends.</numerusform>
            <numerusform>%n non-school days besides weekends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n day(s) school days again? The change is kept in the audit trail.</source>
        <translation>
            <numerusform>Make %n day a school day again? The change is kept in the audit trail.</numerusform>
            <numerusform>Make %n days school days again? The change is kept in the audit trail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message numerus="yes">
        <source>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</source>
        <translation>
            <numerusform>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</numerusform>
            <numerusform>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n similar decision(s) this school year and last: {spread}.</source>
        <translation>
            <numerusform>%n similar decision this school year and last: {spread}.</numerusform>
            <numerusform>%n similar decisions this school year and last: {spread}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</source>
        <translation>
            <numerusform>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</numerusform>
            <numerusform>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n day from {start}</numerusform>
            <numerusform>, %n days from {start}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n victim</numerusform>
            <numerusform>%n victims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n witness</numerusform>
            <numerusform>%n witnesses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n reporter</numerusform>
            <numerusform>%n reporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{action}, %n day(s)</source>
        <translation>
            <numerusform>{action}, %n day</numerusform>
            <numerusform>{action}, %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n+ incident(s)</source>
        <translation>
            <numerusform>%n+ incident</numerusform>
            <numerusform>%n+ incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>%n student imported</numerusform>
            <numerusform>%n students imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed from names</source>
        <translation>
            <numerusform>%n control character removed from names</numerusform>
            <numerusform>%n control characters removed from names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Shared with %n other laptop(s)</source>
        <translation>
            <numerusform>Shared with %n other laptop</numerusform>
            <numerusform>Shared with %n other laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not taken this time</source>
        <translation>
            <numerusform>%n file not taken this time</numerusform>
            <numerusform>%n files not taken this time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n day from {start}</numerusform>
            <numerusform>, %n days from {start}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TierTriangle</name>
    <message numerus="yes">
        <source>{band} incidents: %n student(s) ({share}%)</source>
        <translation>
            <numerusform>{band} incidents: %n student ({share}%)</numerusform>
            <numerusform>{band} incidents: %n students ({share}%)</numerusform>
        </translation>
    </message>
</context>
</TS>
