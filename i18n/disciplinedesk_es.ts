<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DisciplineDesk</source>
        <translation>Acerca de DisciplineDesk</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>texto original</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>draft, not yet reviewed by a qualified translator</source>
        <translation>borrador, aún no revisado por un traductor calificado</translation>
    </message>
    <message>
        <source>incomplete: not offered yet</source>
        <translation>incompleta: todavía no se ofrece</translation>
    </message>
    <message>
        <source>Decision support for school discipline. The tool documents and advises; the administrator decides.</source>
        <translation>Apoyo para decisiones de disciplina escolar. La herramienta documenta y aconseja; el administrador decide.</translation>
    </message>
    <message>
        <source>Policy pack: {name}, {id} version {version}</source>
        <translation>Paquete de normas: {name}, {id} versión {version}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>Family letters and the handbook&apos;s texts (definitions, findings):</source>
        <translation>Cartas a las familias y textos del manual (definiciones, observaciones):</translation>
    </message>
    <message>
        <source>The interface (English is the source):</source>
        <translation>La interfaz (el inglés es el original):</translation>
    </message>
    <message>
        <source>Works offline. Nothing is sent anywhere.</source>
        <translation>Funciona sin conexión. No se envía nada a ninguna parte.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add someone else</source>
        <translation>Añadir a otra persona</translation>
    </message>
    <message>
        <source>e.g. Ms. Ortiz</source>
        <translation>p. ej., Sra. Ortiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Indique el nombre de la persona.</translation>
    </message>
</context>
<context>
    <name>AddStudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation>Añadir un estudiante</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Escriba un nombre o un identificador de estudiante</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Buscar un estudiante</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Supports the school will offer</source>
        <translation>Apoyos que ofrecerá la escuela</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>Choose a student of the roster (a student already involved has one role).</source>
        <translation>Elija un estudiante de la lista (un estudiante ya involucrado tiene un solo papel).</translation>
    </message>
</context>
<context>
    <name>BehaviorPage</name>
    <message>
        <source>Staff were involved (as the person affected)</source>
        <translation>Hubo personal involucrado (como persona afectada)</translation>
    </message>
    <message>
        <source>Serious physical harm</source>
        <translation>Daño físico grave</translation>
    </message>
    <message>
        <source>Direct threat to the health or safety of others</source>
        <translation>Amenaza directa a la salud o la seguridad de otras personas</translation>
    </message>
    <message>
        <source>The student threatened violence or harm</source>
        <translation>El estudiante amenazó con violencia o daño</translation>
    </message>
    <message>
        <source>Bias-based (race, religion, disability, identity...)</source>
        <translation>Motivado por prejuicios (raza, religión, discapacidad, identidad...)</translation>
    </message>
    <message>
        <source>Sex-based or sexual in nature</source>
        <translation>Por razón de sexo o de naturaleza sexual</translation>
    </message>
    <message>
        <source>A look-alike weapon was involved</source>
        <translation>Hubo un arma de imitación</translation>
    </message>
    <message>
        <source>Substantial disruption of learning</source>
        <translation>Interrupción considerable del aprendizaje</translation>
    </message>
    <message>
        <source>The student disclosed it voluntarily</source>
        <translation>El estudiante lo reveló voluntariamente</translation>
    </message>
    <message>
        <source>At a school-sponsored event or activity</source>
        <translation>En un evento o actividad patrocinada por la escuela</translation>
    </message>
    <message>
        <source>Direct connection to school safety</source>
        <translation>Relación directa con la seguridad escolar</translation>
    </message>
    <message>
        <source>Handgun</source>
        <translation>Pistola</translation>
    </message>
    <message>
        <source>Rifle or shotgun</source>
        <translation>Rifle o escopeta</translation>
    </message>
    <message>
        <source>Other firearm</source>
        <translation>Otra arma de fuego</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Cuchillo</translation>
    </message>
    <message>
        <source>Other sharp object</source>
        <translation>Otro objeto cortante</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Garrote</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Otro objeto</translation>
    </message>
    <message>
        <source>Substance used as a weapon</source>
        <translation>Sustancia usada como arma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>What happened, from the handbook&apos;s behavior matrix.</source>
        <translation>Lo que ocurrió, según la matriz de conductas del manual.</translation>
    </message>
    <message>
        <source>e.g. cafeteria, bus, hallway</source>
        <translation>p. ej., cafetería, autobús, pasillo</translation>
    </message>
    <message>
        <source>At school or on district property</source>
        <translation>En la escuela o en propiedad del distrito</translation>
    </message>
    <message>
        <source>At a school event</source>
        <translation>En un evento escolar</translation>
    </message>
    <message>
        <source>On the way to or from school</source>
        <translation>De camino a la escuela o de regreso</translation>
    </message>
    <message>
        <source>Off campus or online</source>
        <translation>Fuera de la escuela o en línea</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Considerable</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>Ne&amp;xus:</source>
        <translation>&amp;Vínculo con la escuela:</translation>
    </message>
    <message>
        <source>Community &amp;impact:</source>
        <translation>&amp;Impacto en la comunidad:</translation>
    </message>
    <message>
        <source>Search behaviors</source>
        <translation>Buscar conductas</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Alcohol y drogas</translation>
    </message>
    <message>
        <source>Behavior type</source>
        <translation>Tipo de conducta</translation>
    </message>
    <message>
        <source>&amp;Behaviors (check all that apply):</source>
        <translation>&amp;Conductas (marque todas las que correspondan):</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Conductas</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <source>Behaviors checked</source>
        <translation>Conductas marcadas</translation>
    </message>
    <message>
        <source>Definition of the selected behavior</source>
        <translation>Definición de la conducta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Description (what was seen and said):</source>
        <translation>&amp;Descripción (lo que se vio y se dijo):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Facts that change what the handbook says</source>
        <translation>Hechos que cambian lo que dice el manual</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Se informó a la policía</translation>
    </message>
    <message>
        <source>A firearm must be reported to the police (p.25).</source>
        <translation>Un arma de fuego debe informarse a la policía (p. 25).</translation>
    </message>
    <message>
        <source>A back-entry is a decision made before today: enter the date the incident happened.</source>
        <translation>Un registro retroactivo es una decisión tomada antes de hoy: indique la fecha en que ocurrió el incidente.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Arma</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguna registrada</translation>
    </message>
    <message>
        <source>W&amp;eapon:</source>
        <translation>&amp;Arma:</translation>
    </message>
    <message>
        <source>Checked: {names}</source>
        <translation>Marcadas: {names}</translation>
    </message>
    <message>
        <source>Check at least one behavior from the matrix.</source>
        <translation>Marque al menos una conducta de la matriz.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the log takes at most {limit}.</source>
        <translation>La descripción tiene {length} caracteres; el registro admite como máximo {limit}.</translation>
    </message>
    <message>
        <source>Enter the date and time of the incident.</source>
        <translation>Indique la fecha y la hora del incidente.</translation>
    </message>
    <message>
        <source>The incident&apos;s date and time are after now: check them.</source>
        <translation>La fecha y la hora del incidente son posteriores a este momento: revíselas.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Del archivo</translation>
    </message>
    <message>
        <source>Non-school days</source>
        <translation>Días sin clases</translation>
    </message>
    <message>
        <source>&amp;Import a calendar file...</source>
        <translation>&amp;Importar un archivo de calendario...</translation>
    </message>
    <message>
        <source>&amp;Remove selected days</source>
        <translation>&amp;Quitar los días seleccionados</translation>
    </message>
    <message numerus="yes">
        <source>%n non-school day(s) besides weekends.</source>
        <translation>
            <numerusform>%n día sin clases además de los fines de semana.</numerusform>
            <numerusform>%n días sin clases además de los fines de semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>No non-school days yet: import the school calendar (.ics or CSV).</source>
        <translation>Todavía no hay días sin clases: importe el calendario escolar (.ics o CSV).</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv);;All files (*)</source>
        <translation>Calendario (*.ics *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} changed, {removed} removed.</source>
        <translation>Se importó {file}: {added} añadidos, {updated} cambiados, {removed} quitados.</translation>
    </message>
    <message>
        <source>Replace the earlier import</source>
        <translation>Reemplazar la importación anterior</translation>
    </message>
    <message>
        <source>{file} was imported before. This import adds {added} days, changes {updated} and removes {removed} that the file no longer has: {days}. Go ahead?</source>
        <translation>{file} ya se había importado. Esta importación añade {added} días, cambia {updated} y quita {removed} que el archivo ya no tiene: {days}. ¿Continuar?</translation>
    </message>
    <message>
        <source>Remove non-school days</source>
        <translation>Quitar días sin clases</translation>
    </message>
    <message numerus="yes">
        <source>Make %n day(s) school days again? The change is kept in the audit trail.</source>
        <translation>
            <numerusform>¿Volver a hacer de %n día un día de clases? El cambio queda en el registro de auditoría.</numerusform>
            <numerusform>¿Volver a hacer de %n días días de clases? El cambio queda en el registro de auditoría.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The log is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>El registro se vuelve a cifrar con la nueva frase de contraseña. Las copias de seguridad anteriores conservan la frase con la que se hicieron.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <source>no exclusion</source>
        <translation>sin exclusión</translation>
    </message>
    <message>
        <source>in-school</source>
        <translation>dentro de la escuela</translation>
    </message>
    <message>
        <source>out-of-school</source>
        <translation>fuera de la escuela</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>audiencia</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>expulsión</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</source>
        <translation>
            <numerusform>Menos de {minimum} decisiones similares en el registro este año escolar y el anterior (%n): demasiado pocas para mostrar cómo suele decidir la escuela.</numerusform>
            <numerusform>Menos de {minimum} decisiones similares en el registro este año escolar y el anterior (%n): demasiado pocas para mostrar cómo suele decidir la escuela.</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n similar decision(s) this school year and last: {spread}.</source>
        <translation>
            <numerusform>%n decisión similar este año escolar y el anterior: {spread}.</numerusform>
            <numerusform>%n decisiones similares este año escolar y el anterior: {spread}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspension days: median {median}, most {most}.</source>
        <translation>Días de suspensión: mediana {median}, máximo {most}.</translation>
    </message>
    <message numerus="yes">
        <source>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</source>
        <translation>
            <numerusform>La medida propuesta es más excluyente que {less} de %n e igual de excluyente que {same}.</numerusform>
            <numerusform>La medida propuesta es más excluyente que {less} de %n e igual de excluyente que {same}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>What has been tried, and what the rules need to know about the student.</source>
        <translation>Lo que ya se ha intentado y lo que las normas necesitan saber del estudiante.</translation>
    </message>
    <message>
        <source>Prior record</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation>&amp;IEP</translation>
    </message>
    <message>
        <source>Section &amp;504 plan</source>
        <translation>Plan de la Sección &amp;504</translation>
    </message>
    <message>
        <source>Special education &amp;referral pending</source>
        <translation>&amp;Remisión a educación especial pendiente</translation>
    </message>
    <message>
        <source>&amp;Strategies already tried this year (checked ones from the log cannot be unchecked):</source>
        <translation>&amp;Estrategias ya intentadas este año (las marcadas según el registro no se pueden desmarcar):</translation>
    </message>
    <message>
        <source>Strategies already tried</source>
        <translation>Estrategias ya intentadas</translation>
    </message>
    <message>
        <source>Search strategies (CICO, conference...)</source>
        <translation>Buscar estrategias (CICO, conferencia...)</translation>
    </message>
    <message>
        <source>Search strategies</source>
        <translation>Buscar estrategias</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Alcohol y drogas</translation>
    </message>
    <message>
        <source>{strategy} (for: {answered})</source>
        <translation>{strategy} (para: {answered})</translation>
    </message>
    <message>
        <source>Prior incidents in the log: {count}.</source>
        <translation>Incidentes anteriores en el registro: {count}.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>You decide. The handbook&apos;s limits and requirements update as you type.</source>
        <translation>Usted decide. Los límites y requisitos del manual se actualizan mientras escribe.</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses are not enough:</source>
        <translation>&amp;Por qué no bastan las respuestas sugeridas:</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Motivo de la exclusión</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Medida:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;A partir del:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Decidido p&amp;or:</translation>
    </message>
    <message>
        <source>Why the decision &amp;changes:</source>
        <translation>Por qué &amp;cambia la decisión:</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Motivo de la revisión</translation>
    </message>
    <message>
        <source>Grounds for expulsion (at least one is required):</source>
        <translation>Motivos de la expulsión (se requiere al menos uno):</translation>
    </message>
    <message>
        <source>&amp;Family view (F11)</source>
        <translation>&amp;Vista para la familia (F11)</translation>
    </message>
    <message>
        <source>The decision as the family will read it, full screen, in their language</source>
        <translation>La decisión tal como la leerá la familia, a pantalla completa, en su idioma</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses were not enough (if it is known):</source>
        <translation>&amp;Por qué no bastaron las respuestas sugeridas (si se sabe):</translation>
    </message>
    <message>
        <source>Calendar days (at most one year).</source>
        <translation>Días naturales (como máximo un año).</translation>
    </message>
    <message>
        <source>School days; for rest of day, the days after it.</source>
        <translation>Días escolares; en el resto del día, los días posteriores.</translation>
    </message>
    <message>
        <source>This action cannot be recorded: {why} ({cite})</source>
        <translation>Esta medida no se puede registrar: {why} ({cite})</translation>
    </message>
    <message>
        <source>An exclusion needs the reason the suggested responses were not enough.</source>
        <translation>Una exclusión necesita el motivo por el que no bastaron las respuestas sugeridas.</translation>
    </message>
    <message>
        <source>Enter the number of school days.</source>
        <translation>Indique el número de días escolares.</translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation>Indique quién decidió.</translation>
    </message>
    <message>
        <source>A revision needs the reason the decision changes.</source>
        <translation>Una revisión necesita el motivo por el que cambia la decisión.</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Revise the decision: {name}</source>
        <translation>Revisar la decisión: {name}</translation>
    </message>
    <message>
        <source>Enter a past decision (back-entry)</source>
        <translation>Registrar una decisión pasada (registro retroactivo)</translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation>¿Descartar esta decisión?</translation>
    </message>
    <message>
        <source>What you entered will be discarded. Nothing has been recorded in the log.</source>
        <translation>Lo que ha escrito se descartará. No se ha registrado nada.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Documents: {name}</source>
        <translation>Documentos: {name}</translation>
    </message>
    <message>
        <source>Decision summary (for the school&apos;s file)</source>
        <translation>Resumen de la decisión (para el expediente de la escuela)</translation>
    </message>
    <message>
        <source>Letter to the family</source>
        <translation>Carta a la familia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Whose documents</source>
        <translation>De quién son los documentos</translation>
    </message>
    <message>
        <source>{name}: harmed (letter of the supports)</source>
        <translation>{name}: afectado (carta de los apoyos)</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (traducción borrador)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Guardar como PDF...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Letter to the family: the supports offered</source>
        <translation>Carta a la familia: los apoyos ofrecidos</translation>
    </message>
    <message>
        <source>The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family&apos;s copy.</source>
        <translation>El texto en {language} es una traducción borrador, aún no revisada por un traductor calificado. Después de la copia de la familia sigue una copia en inglés para el expediente.</translation>
    </message>
    <message>
        <source>Confidential student record: for the school&apos;s file.</source>
        <translation>Expediente estudiantil confidencial: para el archivo de la escuela.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>Resumen de la decisión</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
</context>
<context>
    <name>DraftContext</name>
    <message>
        <source>No behavior is checked for {name}: check one on the Behavior page.</source>
        <translation>No hay ninguna conducta marcada para {name}: marque una en la página Conducta.</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>What is missing on this page</source>
        <translation>Lo que falta en esta página</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-entry&lt;/b&gt;: a decision made before DisciplineDesk was used, entered so that the student&apos;s prior record is complete. Enter it as it was made; the log marks it as a back-entry and creates no follow-ups.</source>
        <translation>&lt;b&gt;Registro retroactivo&lt;/b&gt;: una decisión tomada antes de usar DisciplineDesk, registrada para que el historial previo del estudiante esté completo. Regístrela tal como se tomó; el registro la marca como retroactiva y no crea seguimientos.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the log</source>
        <translation>Cifrar el registro</translation>
    </message>
    <message>
        <source>The log in {folder} is not encrypted yet. Set a passphrase: the log and its backups are then encrypted, and an encrypted copy of it is kept first.</source>
        <translation>El registro en {folder} todavía no está cifrado. Elija una frase de contraseña: entonces se cifran el registro y sus copias de seguridad, y antes se guarda una copia cifrada.</translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>Factors before exclusion</source>
        <translation>Factores antes de una exclusión</translation>
    </message>
    <message>
        <source>Before any suspension, hearing or expulsion, staff must consider each of these ({citation}).</source>
        <translation>Antes de cualquier suspensión, audiencia o expulsión, el personal debe considerar cada uno de estos factores ({citation}).</translation>
    </message>
    <message>
        <source>How many factors are documented</source>
        <translation>Cuántos factores están documentados</translation>
    </message>
    <message>
        <source>How this was considered</source>
        <translation>Cómo se consideró</translation>
    </message>
    <message>
        <source>Yes, as recorded on the behavior page.</source>
        <translation>Sí, según lo registrado en la página de la conducta.</translation>
    </message>
    <message>
        <source>No, as recorded on the behavior page.</source>
        <translation>No, según lo registrado en la página de la conducta.</translation>
    </message>
    <message>
        <source>{done} of {total} factors documented. They are required before an exclusion, not before other responses.</source>
        <translation>{done} de {total} factores documentados. Son obligatorios antes de una exclusión, no antes de otras respuestas.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>Vista para la familia</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (traducción borrador)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>What the family reads</source>
        <translation>Lo que lee la familia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Draft translation: not yet reviewed by a qualified translator. The English letter is the reference.</source>
        <translation>Traducción borrador: aún no revisada por un traductor calificado. La carta en inglés es la referencia.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not permitted as entered</source>
        <translation>No permitido tal como se ingresó</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Consult first</source>
        <translation>Consultar antes</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Para su información</translation>
    </message>
    <message>
        <source>No findings: nothing in the handbook limits or requires anything more here.</source>
        <translation>Sin observaciones: nada en el manual limita ni exige nada más aquí.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>posible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>substance level {level}</source>
        <translation>sustancias, nivel {level}</translation>
    </message>
    <message>
        <source>suspension: {value}</source>
        <translation>suspensión: {value}</translation>
    </message>
    <message>
        <source>hearing: {value}</source>
        <translation>audiencia: {value}</translation>
    </message>
    <message>
        <source>Findings from the handbook</source>
        <translation>Lo que indica el manual</translation>
    </message>
    <message>
        <source>Draft translation of the handbook&apos;s texts, not yet reviewed by a qualified translator. The log records them in the handbook&apos;s own language.</source>
        <translation>Traducción en borrador de los textos del manual, aún no revisada por un traductor calificado. El registro los guarda en el idioma original del manual.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seguimientos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Mark &amp;done...</source>
        <translation>Marcar como &amp;hecho...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Two revisions of this decision were made on two laptops; the later one is current. Look at both together (the incident view shows them).</source>
        <translation>Se hicieron dos revisiones de esta decisión en dos computadoras; la más reciente es la vigente. Revísenlas juntas (la vista del incidente muestra ambas).</translation>
    </message>
    <message>
        <source>by {time} today</source>
        <translation>hoy antes de las {time}</translation>
    </message>
    <message>
        <source>Mark done: {what}, for {student}, due {due}.</source>
        <translation>Marcar como hecho: {what}, de {student}, para el {due}.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Note (what was done, when):</source>
        <translation>Nota (qué se hizo y cuándo):</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>No marcado</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Back to the family view</source>
        <translation>Volver a la vista para la familia</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>The incident</source>
        <translation>El incidente</translation>
    </message>
    <message>
        <source>&amp;Documents...</source>
        <translation>&amp;Documentos...</translation>
    </message>
    <message>
        <source>Print or save the summary and the letters again</source>
        <translation>Imprimir o guardar de nuevo el resumen y las cartas</translation>
    </message>
    <message>
        <source>&amp;Void the incident...</source>
        <translation>&amp;Anular el incidente...</translation>
    </message>
    <message>
        <source>&amp;Revise a decision...</source>
        <translation>&amp;Revisar una decisión...</translation>
    </message>
    <message>
        <source>The decision page again: a new revision, the earlier kept</source>
        <translation>De nuevo la página de decisión: una nueva revisión, se conserva la anterior</translation>
    </message>
    <message>
        <source>Incident: {when}, {where}</source>
        <translation>Incidente: {when}, {where}</translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation>lugar no registrado</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Anulado: {reason}</translation>
    </message>
    <message>
        <source>Back-entry: a decision made before DisciplineDesk was used, entered on {day} for the prior record.</source>
        <translation>Registro retroactivo: una decisión tomada antes de usar DisciplineDesk, registrada el {day} para el historial previo.</translation>
    </message>
    <message>
        <source>Reported by: {who}</source>
        <translation>Informado por: {who}</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>did something</source>
        <translation>hizo algo</translation>
    </message>
    <message>
        <source>was harmed</source>
        <translation>resultó afectado</translation>
    </message>
    <message>
        <source>saw it</source>
        <translation>lo vio</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>lo informó</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulado</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n día a partir del {start}</numerusform>
            <numerusform>, %n días a partir del {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} días a partir del {start}</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>hecho el {when}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>Decisions and their revisions</source>
        <translation>Decisiones y sus revisiones</translation>
    </message>
    <message>
        <source>Revision {n}: {action}, by {who} on {when}</source>
        <translation>Revisión {n}: {action}, por {who} el {when}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>why it changed: {reason}</source>
        <translation>por qué cambió: {reason}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>None printed or saved yet.</source>
        <translation>Todavía no se ha impreso ni guardado nada.</translation>
    </message>
    <message>
        <source>{when}: {what}, by {who}, to {where}</source>
        <translation>{when}: {what}, por {who}, a {where}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>on another laptop</source>
        <translation>en otra computadora</translation>
    </message>
    <message>
        <source>Revise a decision</source>
        <translation>Revisar una decisión</translation>
    </message>
    <message>
        <source>Whose decision?</source>
        <translation>¿La decisión de quién?</translation>
    </message>
    <message>
        <source>Void the incident</source>
        <translation>Anular el incidente</translation>
    </message>
    <message>
        <source>Void this incident for everyone involved? It stays in the log, marked void with your reason, and no longer counts in any record or report.
Reason:</source>
        <translation>¿Anular este incidente para todos los involucrados? Queda en el registro, marcado como anulado con su motivo, y ya no cuenta en ningún expediente ni informe.
Motivo:</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>No se anuló</translation>
    </message>
</context>
<context>
    <name>Involved</name>
    <message>
        <source>did something (own decision)</source>
        <translation>hizo algo (decisión propia)</translation>
    </message>
    <message>
        <source>was harmed (victim)</source>
        <translation>resultó afectado (víctima)</translation>
    </message>
    <message>
        <source>saw it (witness)</source>
        <translation>lo vio (testigo)</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>lo informó</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
</context>
<context>
    <name>InvolvedPanel</name>
    <message>
        <source>Others involved</source>
        <translation>Otras personas involucradas</translation>
    </message>
    <message>
        <source>Add a s&amp;tudent...</source>
        <translation>Añadir un es&amp;tudiante...</translation>
    </message>
    <message>
        <source>Add someone &amp;else...</source>
        <translation>Añadir a otra &amp;persona...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Supports: {list}</source>
        <translation>Apoyos: {list}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk está bloqueado</translation>
    </message>
    <message>
        <source>The window was locked to keep student records private. Enter the passphrase to go on; nothing you entered is lost.</source>
        <translation>La ventana se bloqueó para proteger la privacidad de los expedientes. Escriba la frase de contraseña para continuar; no se pierde nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Esa no es la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Substance</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <source>{action} (back-entry)</source>
        <translation>{action} (registro retroactivo)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Conductas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n víctima</numerusform>
            <numerusform>%n víctimas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n testigo</numerusform>
            <numerusform>%n testigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n persona que informó</numerusform>
            <numerusform>%n personas que informaron</numerusform>
        </translation>
    </message>
    <message>
        <source>offender</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>víctima</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>testigo</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>informante</translation>
    </message>
    <message numerus="yes">
        <source>{action}, %n day(s)</source>
        <translation>
            <numerusform>{action}, %n día</numerusform>
            <numerusform>{action}, %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, {days} days</source>
        <translation>{action}, {days} días</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log of incidents</source>
        <translation>El registro de incidentes</translation>
    </message>
    <message>
        <source>Search descriptions and names</source>
        <translation>Buscar en descripciones y nombres</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las medidas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Open &amp;follow-ups</source>
        <translation>Seguimientos &amp;abiertos</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Bac&amp;k to the report</source>
        <translation>&amp;Volver al informe</translation>
    </message>
    <message>
        <source>Offline. Data folder: {path}</source>
        <translation>Sin conexión. Carpeta de datos: {path}</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>&amp;Nueva decisión</translation>
    </message>
    <message>
        <source>&amp;Print or save documents...</source>
        <translation>&amp;Imprimir o guardar documentos...</translation>
    </message>
    <message>
        <source>Import &amp;roster...</source>
        <translation>Importar &amp;lista de estudiantes...</translation>
    </message>
    <message>
        <source>School &amp;calendar...</source>
        <translation>Calen&amp;dario escolar...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>C&amp;opia de seguridad...</translation>
    </message>
    <message>
        <source>&amp;Find student...</source>
        <translation>&amp;Buscar estudiante...</translation>
    </message>
    <message>
        <source>Show &amp;all incidents</source>
        <translation>Mostrar &amp;todos los incidentes</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>&amp;Enter a past decision (back-entry)...</source>
        <translation>Registrar una decisión &amp;pasada (registro retroactivo)...</translation>
    </message>
    <message>
        <source>&amp;Open the incident</source>
        <translation>&amp;Abrir el incidente</translation>
    </message>
    <message>
        <source>Re&amp;vise a decision...</source>
        <translation>Re&amp;visar una decisión...</translation>
    </message>
    <message>
        <source>Voi&amp;d the incident...</source>
        <translation>An&amp;ular el incidente...</translation>
    </message>
    <message>
        <source>Res&amp;tore...</source>
        <translation>&amp;Restaurar...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Discipline report...</source>
        <translation>&amp;Informe de disciplina...</translation>
    </message>
    <message>
        <source>Behavior &amp;matrix</source>
        <translation>&amp;Matriz de conductas</translation>
    </message>
    <message>
        <source>&amp;About DisciplineDesk</source>
        <translation>&amp;Acerca de DisciplineDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Decisión registrada.</translation>
    </message>
    <message>
        <source>Back-entry recorded.</source>
        <translation>Registro retroactivo guardado.</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>un estudiante</translation>
    </message>
    <message>
        <source>Unfinished decision</source>
        <translation>Decisión sin terminar</translation>
    </message>
    <message>
        <source>A decision for {who} was not finished (saved {when} UTC). Resume it?</source>
        <translation>Una decisión para {who} quedó sin terminar (guardada el {when} UTC). ¿Desea continuarla?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message numerus="yes">
        <source>%n+ incident(s)</source>
        <translation>
            <numerusform>%n+ incidente</numerusform>
            <numerusform>%n+ incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>No hay estudiantes</translation>
    </message>
    <message>
        <source>Import a roster first (File &gt; Import roster).</source>
        <translation>Primero importe una lista de estudiantes (Archivo &gt; Importar lista de estudiantes).</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>Buscar estudiante</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de estudiantes</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Lista de estudiantes (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>This data folder holds the made-up demo school. Import real students into another data folder.</source>
        <translation>Esta carpeta de datos contiene la escuela de demostración inventada. Importe a los estudiantes reales en otra carpeta de datos.</translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation>Importando la lista de estudiantes...</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>%n estudiante importado</numerusform>
            <numerusform>%n estudiantes importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizado</numerusform>
            <numerusform>%n actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed from names</source>
        <translation>
            <numerusform>%n carácter de control quitado de los nombres</numerusform>
            <numerusform>%n caracteres de control quitados de los nombres</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the log</source>
        <translation>Hacer una copia de seguridad del registro</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3)</source>
        <translation>Copia de seguridad (*.sqlite3)</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Escribiendo la copia de seguridad...</translation>
    </message>
    <message>
        <source>Backup written to {result}.</source>
        <translation>Copia de seguridad escrita en {result}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3);;All files (*)</source>
        <translation>Copia de seguridad (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>The log will be replaced by the backup. The current log is kept in the backups folder first.</source>
        <translation>El registro se reemplazará por la copia de seguridad. Antes se guarda el registro actual en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>The log was restored from {path}. The previous log was kept as {kept}. Rolled back: {incidents} incidents, {decisions} decisions and {disclosures} disclosures that were recorded after the backup.</source>
        <translation>El registro se restauró desde {path}. El registro anterior se guardó como {kept}. Se deshicieron: incidentes: {incidents}, decisiones: {decisions} y divulgaciones: {disclosures}, registrados después de la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>La frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>{name} does not open with the log&apos;s passphrase. If it was made before the passphrase was changed, enter the passphrase it was made with:</source>
        <translation>{name} no se abre con la frase de contraseña del registro. Si se hizo antes de cambiar la frase, escriba la frase con la que se hizo:</translation>
    </message>
    <message>
        <source>Replace with the demo school?</source>
        <translation>¿Reemplazar por la escuela de demostración?</translation>
    </message>
    <message>
        <source>This backup is the made-up demo school ({demo}). Restoring it replaces the log of {school} with made-up students (the current log is kept in the backups folder). Replace it?</source>
        <translation>Esta copia es la escuela de demostración inventada ({demo}). Restaurarla reemplaza el registro de {school} por estudiantes inventados (el registro actual se guarda en la carpeta de copias). ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>DEMO DATA (made-up students) — {title}</source>
        <translation>DATOS DE DEMOSTRACIÓN (estudiantes inventados) — {title}</translation>
    </message>
</context>
<context>
    <name>MatrixBrowser</name>
    <message>
        <source>Search behaviors, e.g. fight, phone, vape</source>
        <translation>Buscar conductas, p. ej., pelea, teléfono, vapeo</translation>
    </message>
    <message>
        <source>Search the behavior matrix</source>
        <translation>Buscar en la matriz de conductas</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Behavior matrix</source>
        <translation>Matriz de conductas</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alcohol and drugs (levels A, B, C)</source>
        <translation>Alcohol y drogas (niveles A, B, C)</translation>
    </message>
    <message>
        <source>Substance (levels by count)</source>
        <translation>Sustancias (niveles según el número de veces)</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Behavior matrix</source>
        <translation>Matriz de conductas</translation>
    </message>
</context>
<context>
    <name>MonthDayEdit</name>
    <message>
        <source>{what}: month</source>
        <translation>{what}: mes</translation>
    </message>
    <message>
        <source>{what}: day</source>
        <translation>{what}: día</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: three or four unrelated words are easy to remember and hard to guess. Nobody can recover it: without it, the log and its backups cannot be opened. Keep it where the school keeps its other passwords.</source>
        <translation>Elija una frase de contraseña de al menos {minimum} caracteres: tres o cuatro palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar. Nadie puede recuperarla: sin ella no se pueden abrir el registro ni sus copias de seguridad. Guárdela donde la escuela guarda sus otras contraseñas.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Seguridad: débil</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Seguridad: aceptable</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Seguridad: fuerte</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase is too short ({length} characters; at least {minimum}).</source>
        <translation>No se acepta: la frase de contraseña es demasiado corta ({length} caracteres; al menos {minimum}).</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase repeats too few characters to be hard to guess.</source>
        <translation>No se acepta: la frase de contraseña repite demasiado pocos caracteres para ser difícil de adivinar.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
<context>
    <name>OffenderSelector</name>
    <message>
        <source>Whose decision this page is about</source>
        <translation>De quién es la decisión de esta página</translation>
    </message>
    <message>
        <source>Decision f&amp;or:</source>
        <translation>Decisión &amp;para:</translation>
    </message>
    <message>
        <source>Each student has their own behaviors, factors and decision.</source>
        <translation>Cada estudiante tiene sus propias conductas, factores y decisión.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The log is damaged</source>
        <translation>El registro está dañado</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask IT staff for the latest backup; the damaged file is left as it is.</source>
        <translation>{problem}

No hay ninguna copia de seguridad en {folder}. Pida al personal de informática la copia más reciente; el archivo dañado se deja como está.</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest backup, {name} (made {when})? Decisions recorded after it will need to be entered again. The damaged file is kept aside.</source>
        <translation>{problem}

¿Restaurar la copia de seguridad más reciente, {name} (hecha el {when})? Las decisiones registradas después deberán ingresarse de nuevo. El archivo dañado se guarda aparte.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>The log was restored from {name}. The damaged file was kept as {aside}.</source>
        <translation>El registro se restauró desde {name}. El archivo dañado se guardó como {aside}.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Discipline report</source>
        <translation>Informe de disciplina</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Guardar como &amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los grados</translation>
    </message>
    <message>
        <source>Grades {band}</source>
        <translation>Grados {band}</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All behaviors</source>
        <translation>Todas las conductas</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Grupo de grados</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Matriculados</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>Razón de riesgo</translation>
    </message>
    <message>
        <source>Exclusion by group</source>
        <translation>Exclusión por grupo</translation>
    </message>
    <message>
        <source>The end of the period is before its start: change the dates.</source>
        <translation>El final del periodo es anterior a su inicio: cambie las fechas.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s decisions...</source>
        <translation>Contando las decisiones del periodo...</translation>
    </message>
    <message>
        <source>From the report: {what}, {first} to {last}</source>
        <translation>Del informe: {what}, del {first} al {last}</translation>
    </message>
    <message>
        <source>Incidents: {incidents}; students involved as offenders: {students} (more than once: {repeat}); students excluded: {excluded}; days of suspension: {days:g}; follow-ups open: {open}, overdue: {overdue}.</source>
        <translation>Incidentes: {incidents}; estudiantes involucrados como autores: {students} (más de una vez: {repeat}); estudiantes excluidos: {excluded}; días de suspensión: {days:g}; seguimientos abiertos: {open}, vencidos: {overdue}.</translation>
    </message>
    <message>
        <source>Big 5: &amp;when</source>
        <translation>Big 5: &amp;cuándo</translation>
    </message>
    <message>
        <source>Big 5: what, where, &amp;who</source>
        <translation>Big 5: qué, dónde, &amp;quién</translation>
    </message>
    <message>
        <source>&amp;Tiers and students</source>
        <translation>&amp;Niveles y estudiantes</translation>
    </message>
    <message>
        <source>&amp;Reporters and deciders</source>
        <translation>&amp;Quién informa y quién decide</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Incidentes por tipo</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Medidas decididas</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Medidas</translation>
    </message>
    <message>
        <source>Incidents per school day, by month</source>
        <translation>Incidentes por día escolar, por mes</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>{hour}:00 to {hour}:59</source>
        <translation>de {hour}:00 a {hour}:59</translation>
    </message>
    <message>
        <source>Per school day of the weekday</source>
        <translation>Por día escolar de cada día de la semana</translation>
    </message>
    <message>
        <source>Behaviors (most frequent)</source>
        <translation>Conductas (las más frecuentes)</translation>
    </message>
    <message>
        <source>Locations (most frequent)</source>
        <translation>Lugares (los más frecuentes)</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>&amp;Equidad</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancias</translation>
    </message>
    <message>
        <source>{title}: none in this period</source>
        <translation>{title}: ninguno en este periodo</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>Raza/etnia</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Disability (IEP, 504 or referral)</source>
        <translation>Discapacidad (IEP, 504 o remisión)</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Estudiante de inglés</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>Students (most incidents)</source>
        <translation>Estudiantes (más incidentes)</translation>
    </message>
    <message>
        <source>students at {band} incidents</source>
        <translation>estudiantes con {band} incidentes</translation>
    </message>
    <message>
        <source>Students with 0-1, 2-5 and 6 or more incidents in the period, of the {n} enrolled. Click a band, or a student in the table, to see the incidents.</source>
        <translation>Estudiantes con 0-1, 2-5 y 6 o más incidentes en el período, de los {n} matriculados. Haga clic en una franja, o en un estudiante de la tabla, para ver los incidentes.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Days excluded</source>
        <translation>Días de exclusión</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Seguimientos abiertos</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Plan de apoyo</translation>
    </message>
    <message>
        <source>Students with the most incidents</source>
        <translation>Estudiantes con más incidentes</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>Quién informó</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Quién decidió</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Share excluded</source>
        <translation>Proporción excluida</translation>
    </message>
    <message>
        <source>Share excluded: out-of-school suspension or expulsion. Groups under {group} and counts under {cell} are not shown (-), as in the equity table.</source>
        <translation>Proporción excluida: suspensión fuera de la escuela o expulsión. No se muestran (-) los grupos de menos de {group} ni los recuentos de menos de {cell}, como en la tabla de equidad.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Click a bar to see its incidents</source>
        <translation>Haga clic en una barra para ver sus incidentes</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>grupo pequeño</translation>
    </message>
    <message>
        <source>small count</source>
        <translation>cifra pequeña</translation>
    </message>
    <message>
        <source>no one else excluded</source>
        <translation>nadie más excluido</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Risk: students with at least one out-of-school suspension or expulsion in the period, out of the students enrolled in the group. Risk ratio: the group&apos;s risk divided by the risk of all other students (above 1: excluded more often). Groups under {group} students and counts under {cell} are not shown, so that no student can be recognised.</source>
        <translation>Riesgo: estudiantes con al menos una suspensión fuera de la escuela o una expulsión en el periodo, entre los estudiantes matriculados en el grupo. Razón de riesgo: el riesgo del grupo dividido entre el riesgo de todos los demás estudiantes (más de 1: excluidos con más frecuencia). No se muestran los grupos de menos de {group} estudiantes ni los recuentos menores de {cell}, para que ningún estudiante pueda ser reconocido.</translation>
    </message>
    <message>
        <source>Risk ratio (1 = same as the other students)</source>
        <translation>Razón de riesgo (1 = igual que los demás estudiantes)</translation>
    </message>
    <message>
        <source>No group is large enough for a risk ratio in this period</source>
        <translation>Ningún grupo es lo bastante grande para una razón de riesgo en este periodo</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>El informe se guardó en {path}.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The day the student came back</source>
        <translation>El día en que volvió el estudiante</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The student &amp;came back on:</source>
        <translation>El estudiante &amp;volvió el:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>p. ej., de lunes a viernes, de 7:30 a 4:00</translation>
    </message>
    <message>
        <source>On every family letter, so that the family knows whom to call.</source>
        <translation>En cada carta a la familia, para que sepa a quién llamar.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Takes effect the next time DisciplineDesk starts.</source>
        <translation>Se aplica la próxima vez que se inicie DisciplineDesk.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source> school years</source>
        <translation> años escolares</translation>
    </message>
    <message>
        <source>A purge never removes these school years, this one included.</source>
        <translation>Una depuración nunca borra estos años escolares, incluido el actual.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Identificador de la escuela:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Dirección de la escuela:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Horario de la oficina:</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Inicio del año escolar:</translation>
    </message>
    <message>
        <source>&amp;Last senior day (60-day rule):</source>
        <translation>Último día de los &amp;estudiantes de último año (regla de 60 días):</translation>
    </message>
    <message>
        <source>Default &amp;decided by:</source>
        <translation>&amp;Decidido por (predeterminado):</translation>
    </message>
    <message>
        <source>Ed-Fi descriptor &amp;namespace:</source>
        <translation>Espacio de &amp;nombres de descriptores Ed-Fi:</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage (from the next start):</source>
        <translation>Idioma de la &amp;interfaz (desde el próximo inicio):</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Bloquear la ventana después de:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>&amp;Copias de seguridad diarias que se guardan:</translation>
    </message>
    <message>
        <source>A purge always &amp;keeps:</source>
        <translation>Una depuración siempre &amp;conserva:</translation>
    </message>
    <message>
        <source>What is wrong with: {field}</source>
        <translation>Qué está mal en: {field}</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>Cambiar la &amp;frase de contraseña...</translation>
    </message>
    <message>
        <source>Sharing with the school&apos;s other laptops...</source>
        <translation>Compartir con las otras computadoras de la escuela...</translation>
    </message>
    <message>
        <source>Not a day of the year: write the month and day as MM-DD, e.g. 09-01.</source>
        <translation>No es un día del año: escriba el mes y el día como MM-DD, p. ej. 09-01.</translation>
    </message>
    <message>
        <source>Digits only: the school&apos;s number in the district&apos;s systems.</source>
        <translation>Solo dígitos: el número de la escuela en los sistemas del distrito.</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Shared with %n other laptop(s)</source>
        <translation>
            <numerusform>Compartido con %n computadora más</numerusform>
            <numerusform>Compartido con %n computadoras más</numerusform>
        </translation>
    </message>
    <message>
        <source>{laptops}, last exchange {when}</source>
        <translation>{laptops}, último intercambio {when}</translation>
    </message>
    <message>
        <source>{laptops}, no exchange yet</source>
        <translation>{laptops}, aún sin intercambio</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not taken this time</source>
        <translation>
            <numerusform>%n archivo no recibido esta vez</numerusform>
            <numerusform>%n archivos no recibidos esta vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing: {problem}</source>
        <translation>Compartir: {problem}</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>The school&apos;s administrators share one record: each laptop writes an encrypted file to a folder they all reach (a school share, a synced cloud folder or a USB stick) and reads the others&apos;. No server; nothing leaves the school but through that folder.</source>
        <translation>Los administradores de la escuela comparten un solo registro: cada computadora escribe un archivo cifrado en una carpeta a la que todas llegan (una carpeta de red de la escuela, una carpeta sincronizada en la nube o una memoria USB) y lee los de las demás. Sin servidor; nada sale de la escuela si no es por esa carpeta.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>Empezar a &amp;compartir</translation>
    </message>
    <message>
        <source>&amp;Join with a code...</source>
        <translation>&amp;Unirse con un código...</translation>
    </message>
    <message>
        <source>Show the join &amp;code...</source>
        <translation>Mostrar el &amp;código...</translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation>&amp;Intercambiar ahora</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>&amp;Dejar de compartir...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Not shared. On the first laptop: choose the folder and Start sharing; then on each other laptop: the same folder and Join with the code.</source>
        <translation>No compartido. En la primera computadora: elija la carpeta y Empezar a compartir; luego en cada una de las otras: la misma carpeta y Unirse con el código.</translation>
    </message>
    <message>
        <source>This laptop ({laptop}) shares the school&apos;s record through this folder.</source>
        <translation>Esta computadora ({laptop}) comparte el registro de la escuela por esta carpeta.</translation>
    </message>
    <message>
        <source>Laptop {laptop}: last wrote {when}</source>
        <translation>Computadora {laptop}: escribió por última vez {when}</translation>
    </message>
    <message>
        <source>No other laptop has written yet.</source>
        <translation>Ninguna otra computadora ha escrito todavía.</translation>
    </message>
    <message>
        <source>Choose the folder the laptops share first.</source>
        <translation>Primero elija la carpeta que comparten las computadoras.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartido</translation>
    </message>
    <message>
        <source>Join the school&apos;s record</source>
        <translation>Unirse al registro de la escuela</translation>
    </message>
    <message>
        <source>The join code shown on the first laptop (eight groups of four):</source>
        <translation>El código que mostró la primera computadora (ocho grupos de cuatro):</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>No se unió</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Mostrar el código para unirse</translation>
    </message>
    <message>
        <source>The log&apos;s passphrase:</source>
        <translation>La frase de contraseña del registro:</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Esa no es la frase de contraseña.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código para unirse</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type this code once on each other laptop of the school (Settings &gt; Sharing &gt; Join with a code), with the same folder:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep it like a password: with the folder, it opens the school&apos;s record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escriba este código una vez en cada una de las otras computadoras de la escuela (Configuración &gt; Compartir &gt; Unirse con un código), con la misma carpeta:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Guárdelo como una contraseña: con la carpeta, abre el registro de la escuela.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
    <message>
        <source>This laptop stops exchanging with the others. What it took in stays in its log, and what it wrote stays in the folder for the others.</source>
        <translation>Esta computadora deja de intercambiar con las demás. Lo que recibió queda en su registro y lo que escribió queda en la carpeta para las demás.</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Who was involved</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>Find the student by name or school id (the prior record comes from the log), then add anyone else involved.</source>
        <translation>Busque al estudiante por nombre o identificador escolar (los antecedentes vienen del registro) y añada a cualquier otra persona involucrada.</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Escriba un nombre o un identificador de estudiante</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Buscar un estudiante</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>The student is &amp;not in the roster: enter by hand</source>
        <translation>El estudiante &amp;no está en la lista: escribirlo a mano</translation>
    </message>
    <message>
        <source>Student entered by hand</source>
        <translation>Estudiante escrito a mano</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>Elija un grado</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Plan de la Sección 504</translation>
    </message>
    <message>
        <source>Special education referral pending</source>
        <translation>Remisión a educación especial pendiente</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Identificador de la escuela:</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Idioma de la familia:</translation>
    </message>
    <message>
        <source>The student and prior record</source>
        <translation>El estudiante y sus antecedentes</translation>
    </message>
    <message>
        <source>Section 504</source>
        <translation>Sección 504</translation>
    </message>
    <message>
        <source>special education referral pending</source>
        <translation>remisión a educación especial pendiente</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grado {grade}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Sin IEP, plan 504 ni remisión registrados</translation>
    </message>
    <message>
        <source>Exclusion days this school year: {days} of {limit}</source>
        <translation>Días de exclusión este año escolar: {days} de {limit}</translation>
    </message>
    <message>
        <source>Incidents in the log: {count}</source>
        <translation>Incidentes en el registro: {count}</translation>
    </message>
    <message>
        <source>Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution</source>
        <translation>Infracciones con sustancias: {uop} de consumo o posesión, {transfer} de entrega, {dist} de distribución</translation>
    </message>
    <message>
        <source>{id} is also listed among the others involved: a student has one role.</source>
        <translation>{id} también figura entre las otras personas involucradas: un estudiante tiene un solo papel.</translation>
    </message>
    <message>
        <source>Choose a student from the roster, or enter one by hand.</source>
        <translation>Elija un estudiante de la lista o escríbalo a mano.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s school id.</source>
        <translation>Indique el identificador escolar del estudiante.</translation>
    </message>
    <message>
        <source>Id {id} is already in the roster: find the student above instead.</source>
        <translation>El identificador {id} ya está en la lista: busque al estudiante arriba.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s first and last name.</source>
        <translation>Indique el nombre y el apellido del estudiante.</translation>
    </message>
    <message>
        <source>Choose the student&apos;s grade.</source>
        <translation>Elija el grado del estudiante.</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student: {name}</source>
        <translation>Estudiante: {name}</translation>
    </message>
    <message>
        <source>referral pending</source>
        <translation>remisión pendiente</translation>
    </message>
    <message>
        <source>Grade {grade} · family language: {language}</source>
        <translation>Grado {grade} · idioma de la familia: {language}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Sin IEP, plan 504 ni remisión registrados</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Este año escolar</translation>
    </message>
    <message>
        <source>Days of suspension: {days} of {limit} school days</source>
        <translation>Días de suspensión: {days} de {limit} días escolares</translation>
    </message>
    <message>
        <source>Strategies tried: {list}</source>
        <translation>Estrategias intentadas: {list}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}</source>
        <translation>Antecedentes con sustancias: {uop} de consumo o posesión, {transfer} de entrega, {dist} de distribución; nivel alcanzado: {level}</translation>
    </message>
    <message>
        <source>Incidents ({count})</source>
        <translation>Incidentes ({count})</translation>
    </message>
    <message>
        <source>involved as: victim</source>
        <translation>involucrado como: víctima</translation>
    </message>
    <message>
        <source>involved as: witness</source>
        <translation>involucrado como: testigo</translation>
    </message>
    <message>
        <source>involved as: reporter</source>
        <translation>involucrado como: informante</translation>
    </message>
    <message>
        <source>{days} calendar days</source>
        <translation>{days} días calendario</translation>
    </message>
    <message>
        <source>{days} calendar day</source>
        <translation>{days} día calendario</translation>
    </message>
    <message>
        <source>{days} school days</source>
        <translation>{days} días escolares</translation>
    </message>
    <message>
        <source>{days} school day</source>
        <translation>{days} día escolar</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Expediente del estudiante</translation>
    </message>
    <message>
        <source>in school: {inside} school days; out of school: {outside}</source>
        <translation>dentro de la escuela: {inside} días escolares; fuera de la escuela: {outside}</translation>
    </message>
    <message>
        <source>Excluded from after-school and off-campus activities until {day}</source>
        <translation>Excluido de actividades después de clases y fuera de la escuela hasta el {day}</translation>
    </message>
    <message>
        <source>(over)</source>
        <translation>(terminado)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>antes del {due}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>What the handbook says</source>
        <translation>Lo que dice el manual</translation>
    </message>
    <message>
        <source>Responses start at the least intrusive. Check the ones you will use.</source>
        <translation>Las respuestas empiezan por la menos intrusiva. Marque las que va a usar.</translation>
    </message>
    <message>
        <source>Type and matrix columns</source>
        <translation>Tipo y columnas de la matriz</translation>
    </message>
    <message>
        <source>Suggested responses</source>
        <translation>Respuestas sugeridas</translation>
    </message>
    <message>
        <source>&amp;Responses (who delivers them):</source>
        <translation>&amp;Respuestas (quién las ofrece):</translation>
    </message>
    <message>
        <source>Records from other laptops</source>
        <translation>Registros de otras computadoras</translation>
    </message>
    <message>
        <source> (already tried)</source>
        <translation> (ya intentada)</translation>
    </message>
    <message>
        <source>Records from other laptops as of {when}</source>
        <translation>Registros de otras computadoras hasta las {when}</translation>
    </message>
    <message>
        <source>Records from other laptops: none taken in yet</source>
        <translation>Registros de otras computadoras: aún no se ha recibido ninguno</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This is what will be recorded in the log when you press Finish.</source>
        <translation>Esto es lo que se registrará cuando pulse Finalizar.</translation>
    </message>
    <message>
        <source>Summary of the decision</source>
        <translation>Resumen de la decisión</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>Otras personas involucradas</translation>
    </message>
    <message>
        <source>Back-entry</source>
        <translation>Registro retroactivo</translation>
    </message>
    <message>
        <source>A decision made before DisciplineDesk was used: it completes the prior record. No follow-ups are created.</source>
        <translation>Una decisión tomada antes de usar DisciplineDesk: completa el historial previo. No se crean seguimientos.</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n día a partir del {start}</numerusform>
            <numerusform>, %n días a partir del {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} días a partir del {start}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grado {grade}</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Conductas</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Responses chosen</source>
        <translation>Respuestas elegidas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Factors documented</source>
        <translation>Factores documentados</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>The decision for {name} is not permitted as entered: choose {name} at the top of the Decision page.</source>
        <translation>La decisión para {name} no está permitida tal como se introdujo: elija a {name} arriba en la página Decisión.</translation>
    </message>
    <message>
        <source>The decision is not permitted as entered: go back to the Decision page.</source>
        <translation>La decisión no está permitida tal como está: vuelva a la página Decisión.</translation>
    </message>
</context>
<context>
    <name>TierTriangle</name>
    <message>
        <source>Tiers of support</source>
        <translation>Niveles de apoyo</translation>
    </message>
    <message numerus="yes">
        <source>{band} incidents: %n student(s) ({share}%)</source>
        <translation>
            <numerusform>{band} incidentes: %n estudiante ({share} %)</numerusform>
            <numerusform>{band} incidentes: %n estudiantes ({share} %)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk está bloqueado</translation>
    </message>
    <message>
        <source>The log in {folder} is encrypted. Enter its passphrase.</source>
        <translation>El registro en {folder} está cifrado. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DisciplineDesk</source>
        <translation>Bienvenido a DisciplineDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;DisciplineDesk helps you decide what to do after a student&apos;s behavior, following the {handbook}. It works offline: the log of decisions stays on this computer, in {folder}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido&lt;/h2&gt;&lt;p&gt;DisciplineDesk le ayuda a decidir qué hacer después de la conducta de un estudiante, según el {handbook}. Funciona sin conexión: el registro de decisiones se queda en esta computadora, en {folder}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Rosewood Middle School</source>
        <translation>p. ej., Rosewood Middle School</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>p. ej., de lunes a viernes, de 7:30 a 4:00</translation>
    </message>
    <message>
        <source>e.g. A. Rivera, Vice Principal</source>
        <translation>p. ej., A. Rivera, subdirectora</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>The 60-day rule for seniors needs it; it can be set later in Settings.</source>
        <translation>La regla de los 60 días para los estudiantes de último año lo necesita; se puede indicar después en Configuración.</translation>
    </message>
    <message>
        <source>No calendar yet: weekends only</source>
        <translation>Todavía sin calendario: solo fines de semana</translation>
    </message>
    <message>
        <source>Choose &amp;calendar...</source>
        <translation>Elegir &amp;calendario...</translation>
    </message>
    <message>
        <source>No roster yet: add students as you go</source>
        <translation>Todavía sin lista: agregue estudiantes a medida que los necesite</translation>
    </message>
    <message>
        <source>Choose &amp;roster...</source>
        <translation>Elegir &amp;lista de estudiantes...</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Dirección de la escuela:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Horario de la oficina:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>What is wrong with the school name</source>
        <translation>Qué está mal en el nombre de la escuela</translation>
    </message>
    <message>
        <source>What is wrong with the start of the year</source>
        <translation>Qué está mal en el inicio del año escolar</translation>
    </message>
    <message>
        <source>What is wrong with the calendar</source>
        <translation>Qué está mal en el calendario</translation>
    </message>
    <message>
        <source>What is wrong with the roster</source>
        <translation>Qué está mal en la lista de estudiantes</translation>
    </message>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Qué está mal en la frase de contraseña</translation>
    </message>
    <message>
        <source>Why the log was not created</source>
        <translation>Por qué no se creó el registro</translation>
    </message>
    <message>
        <source>Your name (“decided by”):</source>
        <translation>Su nombre (“decidido por”):</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Inicio del año escolar:</translation>
    </message>
    <message>
        <source>Last day for s&amp;eniors:</source>
        <translation>Último día para los estudiantes de últ&amp;imo año:</translation>
    </message>
    <message>
        <source>Calendar (.ics or CSV):</source>
        <translation>Calendario (.ics o CSV):</translation>
    </message>
    <message>
        <source>Roster (OneRoster or CSV):</source>
        <translation>Lista de estudiantes (OneRoster o CSV):</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Dirección de la escuela</translation>
    </message>
    <message>
        <source>School phone</source>
        <translation>Teléfono de la escuela</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de la oficina</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Last day for seniors</source>
        <translation>Último día para los estudiantes de último año</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Inicio del año escolar</translation>
    </message>
    <message>
        <source>Choose the school calendar</source>
        <translation>Elegir el calendario escolar</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Elegir la lista de estudiantes</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>Set up your school</source>
        <translation>Configure su escuela</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is encrypted with a passphrase.&lt;/b&gt;</source>
        <translation>&lt;b&gt;El registro se cifra con una frase de contraseña.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explore with &amp;demo data</source>
        <translation>Explorar con datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Or look around first</source>
        <translation>O eche un vistazo primero</translation>
    </message>
    <message>
        <source>A made-up school with a few hundred students and a year of decisions, in a separate folder ({folder}). The title bar says DEMO DATA while you use it.</source>
        <translation>Una escuela inventada con unos cientos de estudiantes y un año de decisiones, en una carpeta aparte ({folder}). Mientras la use, la barra de título dice DATOS DE DEMOSTRACIÓN.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv)</source>
        <translation>Calendario (*.ics *.csv)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de estudiantes</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Lista de estudiantes (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name: it heads every letter and report.</source>
        <translation>Indique el nombre de la escuela: encabeza todas las cartas e informes.</translation>
    </message>
    <message>
        <source>Preparing the log...</source>
        <translation>Preparando el registro...</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Qué está mal en la frase de contraseña</translation>
    </message>
    <message>
        <source>This passphrase does not open the log. Check it (capital letters, spaces) and try again.</source>
        <translation>Esta frase de contraseña no abre el registro. Revísela (mayúsculas, espacios) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>How the school decided similar incidents</source>
        <translation>Cómo decidió la escuela incidentes parecidos</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Not revised</source>
        <translation>No se revisó</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s automatic backup was not made: {message}</source>
        <translation>No se hizo la copia de seguridad automática de hoy: {message}</translation>
    </message>
</context>
</TS>
