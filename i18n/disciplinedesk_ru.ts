<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DisciplineDesk</source>
        <translation>О программе DisciplineDesk</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>исходный текст</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>draft, not yet reviewed by a qualified translator</source>
        <translation>черновик, ещё не проверен квалифицированным переводчиком</translation>
    </message>
    <message>
        <source>incomplete: not offered yet</source>
        <translation>не завершён: пока не предлагается</translation>
    </message>
    <message>
        <source>Decision support for school discipline. The tool documents and advises; the administrator decides.</source>
        <translation>Поддержка решений по школьной дисциплине. Программа документирует и советует; решает администратор.</translation>
    </message>
    <message>
        <source>Policy pack: {name}, {id} version {version}</source>
        <translation>Пакет правил: {name}, {id} версия {version}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>Family letters and the handbook&apos;s texts (definitions, findings):</source>
        <translation>Письма семьям и тексты справочника (определения, замечания):</translation>
    </message>
    <message>
        <source>The interface (English is the source):</source>
        <translation>Интерфейс (исходный язык — английский):</translation>
    </message>
    <message>
        <source>Works offline. Nothing is sent anywhere.</source>
        <translation>Работает без интернета. Ничего никуда не отправляется.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add someone else</source>
        <translation>Добавить другого человека</translation>
    </message>
    <message>
        <source>e.g. Ms. Ortiz</source>
        <translation>например, г-жа Ортис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Кто это</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Кто:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;оль:</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Введите имя человека.</translation>
    </message>
</context>
<context>
    <name>AddStudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation>Добавить ученика</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Введите имя или номер ученика</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Найти ученика</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Supports the school will offer</source>
        <translation>Поддержка, которую предложит школа</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Ученик:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>Р&amp;оль:</translation>
    </message>
    <message>
        <source>Choose a student of the roster (a student already involved has one role).</source>
        <translation>Выберите ученика из списка (у ученика, уже участвующего в происшествии, одна роль).</translation>
    </message>
</context>
<context>
    <name>BehaviorPage</name>
    <message>
        <source>Staff were involved (as the person affected)</source>
        <translation>Пострадал сотрудник школы</translation>
    </message>
    <message>
        <source>Serious physical harm</source>
        <translation>Серьёзный физический вред</translation>
    </message>
    <message>
        <source>Direct threat to the health or safety of others</source>
        <translation>Прямая угроза здоровью или безопасности других</translation>
    </message>
    <message>
        <source>The student threatened violence or harm</source>
        <translation>Ученик угрожал насилием или причинением вреда</translation>
    </message>
    <message>
        <source>Bias-based (race, religion, disability, identity...)</source>
        <translation>На почве предвзятости (раса, религия, инвалидность, идентичность...)</translation>
    </message>
    <message>
        <source>Sex-based or sexual in nature</source>
        <translation>По признаку пола или сексуального характера</translation>
    </message>
    <message>
        <source>A look-alike weapon was involved</source>
        <translation>Использовался предмет, похожий на оружие</translation>
    </message>
    <message>
        <source>Substantial disruption of learning</source>
        <translation>Существенное нарушение учебного процесса</translation>
    </message>
    <message>
        <source>The student disclosed it voluntarily</source>
        <translation>Ученик сообщил об этом добровольно</translation>
    </message>
    <message>
        <source>At a school-sponsored event or activity</source>
        <translation>На школьном мероприятии</translation>
    </message>
    <message>
        <source>Direct connection to school safety</source>
        <translation>Прямая связь с безопасностью школы</translation>
    </message>
    <message>
        <source>Handgun</source>
        <translation>Пистолет</translation>
    </message>
    <message>
        <source>Rifle or shotgun</source>
        <translation>Винтовка или ружьё</translation>
    </message>
    <message>
        <source>Other firearm</source>
        <translation>Другое огнестрельное оружие</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Нож</translation>
    </message>
    <message>
        <source>Other sharp object</source>
        <translation>Другой острый предмет</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Дубинка</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Другой предмет</translation>
    </message>
    <message>
        <source>Substance used as a weapon</source>
        <translation>Вещество, использованное как оружие</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>What happened, from the handbook&apos;s behavior matrix.</source>
        <translation>Что произошло, по матрице поведения из справочника.</translation>
    </message>
    <message>
        <source>e.g. cafeteria, bus, hallway</source>
        <translation>напр., столовая, автобус, коридор</translation>
    </message>
    <message>
        <source>At school or on district property</source>
        <translation>В школе или на территории округа</translation>
    </message>
    <message>
        <source>At a school event</source>
        <translation>На школьном мероприятии</translation>
    </message>
    <message>
        <source>On the way to or from school</source>
        <translation>По дороге в школу или из школы</translation>
    </message>
    <message>
        <source>Off campus or online</source>
        <translation>Вне школы или в интернете</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкое</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Умеренное</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Существенное</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Где:</translation>
    </message>
    <message>
        <source>Ne&amp;xus:</source>
        <translation>&amp;Связь со школой:</translation>
    </message>
    <message>
        <source>Community &amp;impact:</source>
        <translation>&amp;Влияние на школьное сообщество:</translation>
    </message>
    <message>
        <source>Search behaviors</source>
        <translation>Поиск видов поведения</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Алкоголь и наркотики</translation>
    </message>
    <message>
        <source>Behavior type</source>
        <translation>Тип поведения</translation>
    </message>
    <message>
        <source>&amp;Behaviors (check all that apply):</source>
        <translation>&amp;Поведение (отметьте всё подходящее):</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещества</translation>
    </message>
    <message>
        <source>Behaviors checked</source>
        <translation>Отмеченное поведение</translation>
    </message>
    <message>
        <source>Definition of the selected behavior</source>
        <translation>Определение выбранного поведения</translation>
    </message>
    <message>
        <source>&amp;Description (what was seen and said):</source>
        <translation>&amp;Описание (что видели и слышали):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Facts that change what the handbook says</source>
        <translation>Обстоятельства, меняющие требования справочника</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Сообщено в полицию</translation>
    </message>
    <message>
        <source>A firearm must be reported to the police (p.25).</source>
        <translation>Об огнестрельном оружии нужно сообщить в полицию (с. 25).</translation>
    </message>
    <message>
        <source>A back-entry is a decision made before today: enter the date the incident happened.</source>
        <translation>Запись задним числом — это решение, принятое до сегодняшнего дня: укажите дату происшествия.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Оружие</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>W&amp;eapon:</source>
        <translation>&amp;Оружие:</translation>
    </message>
    <message>
        <source>Checked: {names}</source>
        <translation>Отмечено: {names}</translation>
    </message>
    <message>
        <source>Check at least one behavior from the matrix.</source>
        <translation>Отметьте хотя бы один вид поведения из матрицы.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the log takes at most {limit}.</source>
        <translation>В описании символов: {length}; журнал принимает не более {limit}.</translation>
    </message>
    <message>
        <source>Enter the date and time of the incident.</source>
        <translation>Укажите дату и время инцидента.</translation>
    </message>
    <message>
        <source>The incident&apos;s date and time are after now: check them.</source>
        <translation>Дата и время инцидента позже текущего момента: проверьте их.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation>Школьный календарь</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Из файла</translation>
    </message>
    <message>
        <source>Non-school days</source>
        <translation>Неучебные дни</translation>
    </message>
    <message>
        <source>&amp;Import a calendar file...</source>
        <translation>&amp;Импортировать файл календаря...</translation>
    </message>
    <message>
        <source>&amp;Remove selected days</source>
        <translation>&amp;Удалить выбранные дни</translation>
    </message>
    <message numerus="yes">
        <source>%n non-school day(s) besides weekends.</source>
        <translation>
            <numerusform>%n неучебный день помимо выходных.</numerusform>
            <numerusform>%n неучебных дня помимо выходных.</numerusform>
            <numerusform>%n неучебных дней помимо выходных.</numerusform>
        </translation>
    </message>
    <message>
        <source>No non-school days yet: import the school calendar (.ics or CSV).</source>
        <translation>Неучебных дней пока нет: импортируйте школьный календарь (.ics или CSV).</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Импорт календаря</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv);;All files (*)</source>
        <translation>Календарь (*.ics *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} changed, {removed} removed.</source>
        <translation>Импортирован {file}: добавлено {added}, изменено {updated}, удалено {removed}.</translation>
    </message>
    <message>
        <source>Replace the earlier import</source>
        <translation>Заменить прежний импорт</translation>
    </message>
    <message>
        <source>{file} was imported before. This import adds {added} days, changes {updated} and removes {removed} that the file no longer has: {days}. Go ahead?</source>
        <translation>{file} уже импортировался. Этот импорт добавляет дней: {added}, изменяет: {updated} и удаляет: {removed} — тех, которых в файле больше нет: {days}. Продолжить?</translation>
    </message>
    <message>
        <source>Remove non-school days</source>
        <translation>Удалить неучебные дни</translation>
    </message>
    <message numerus="yes">
        <source>Make %n day(s) school days again? The change is kept in the audit trail.</source>
        <translation>
            <numerusform>Сделать %n день снова учебным? Изменение сохранится в журнале аудита.</numerusform>
            <numerusform>Сделать %n дня снова учебными? Изменение сохранится в журнале аудита.</numerusform>
            <numerusform>Сделать %n дней снова учебными? Изменение сохранится в журнале аудита.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The log is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>Журнал будет заново зашифрован новой парольной фразой. Ранее сделанные резервные копии сохраняют прежнюю фразу.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <source>no exclusion</source>
        <translation>без отстранения</translation>
    </message>
    <message>
        <source>in-school</source>
        <translation>в школе</translation>
    </message>
    <message>
        <source>out-of-school</source>
        <translation>вне школы</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>слушание</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>исключение</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</source>
        <translation>
            <numerusform>Похожих решений в журнале за этот и прошлый учебный год меньше {minimum} (%n): слишком мало, чтобы показать, как обычно решает школа.</numerusform>
            <numerusform>Похожих решений в журнале за этот и прошлый учебный год меньше {minimum} (%n): слишком мало, чтобы показать, как обычно решает школа.</numerusform>
            <numerusform>Похожих решений в журнале за этот и прошлый учебный год меньше {minimum} (%n): слишком мало, чтобы показать, как обычно решает школа.</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n similar decision(s) this school year and last: {spread}.</source>
        <translation>
            <numerusform>%n похожее решение за этот и прошлый учебный год: {spread}.</numerusform>
            <numerusform>%n похожих решения за этот и прошлый учебный год: {spread}.</numerusform>
            <numerusform>%n похожих решений за этот и прошлый учебный год: {spread}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspension days: median {median}, most {most}.</source>
        <translation>Дни отстранения: медиана {median}, максимум {most}.</translation>
    </message>
    <message numerus="yes">
        <source>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</source>
        <translation>
            <numerusform>Предлагаемая мера строже, чем {less} из %n, и так же строга, как {same}.</numerusform>
            <numerusform>Предлагаемая мера строже, чем {less} из %n, и так же строга, как {same}.</numerusform>
            <numerusform>Предлагаемая мера строже, чем {less} из %n, и так же строга, как {same}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>What has been tried, and what the rules need to know about the student.</source>
        <translation>Что уже пробовали и что правилам нужно знать об ученике.</translation>
    </message>
    <message>
        <source>Prior record</source>
        <translation>Прежние записи</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation>&amp;IEP</translation>
    </message>
    <message>
        <source>Section &amp;504 plan</source>
        <translation>План по разделу &amp;504</translation>
    </message>
    <message>
        <source>Special education &amp;referral pending</source>
        <translation>&amp;Направление в спецобразование на рассмотрении</translation>
    </message>
    <message>
        <source>&amp;Strategies already tried this year (checked ones from the log cannot be unchecked):</source>
        <translation>&amp;Стратегии, уже испробованные в этом году (отметки из журнала снять нельзя):</translation>
    </message>
    <message>
        <source>Strategies already tried</source>
        <translation>Уже испробованные стратегии</translation>
    </message>
    <message>
        <source>Search strategies (CICO, conference...)</source>
        <translation>Поиск стратегий (CICO, беседа...)</translation>
    </message>
    <message>
        <source>Search strategies</source>
        <translation>Поиск стратегий</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Алкоголь и наркотики</translation>
    </message>
    <message>
        <source>{strategy} (for: {answered})</source>
        <translation>{strategy} (для: {answered})</translation>
    </message>
    <message>
        <source>Prior incidents in the log: {count}.</source>
        <translation>Прежних инцидентов в журнале: {count}.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>You decide. The handbook&apos;s limits and requirements update as you type.</source>
        <translation>Решаете вы. Ограничения и требования справочника обновляются по мере ввода.</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses are not enough:</source>
        <translation>&amp;Почему предложенных мер недостаточно:</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Причина отстранения</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Мера:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Дни:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;Начиная с:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Кем принято ре&amp;шение:</translation>
    </message>
    <message>
        <source>Why the decision &amp;changes:</source>
        <translation>Почему решение &amp;меняется:</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Причина изменения</translation>
    </message>
    <message>
        <source>Grounds for expulsion (at least one is required):</source>
        <translation>Основания для исключения (нужно хотя бы одно):</translation>
    </message>
    <message>
        <source>&amp;Family view (F11)</source>
        <translation>&amp;Вид для семьи (F11)</translation>
    </message>
    <message>
        <source>The decision as the family will read it, full screen, in their language</source>
        <translation>Решение так, как его прочтёт семья: на весь экран, на их языке</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses were not enough (if it is known):</source>
        <translation>&amp;Почему предложенных мер оказалось недостаточно (если известно):</translation>
    </message>
    <message>
        <source>Calendar days (at most one year).</source>
        <translation>Календарные дни (не более одного года).</translation>
    </message>
    <message>
        <source>School days; for rest of day, the days after it.</source>
        <translation>Учебные дни; при отстранении до конца дня — дни после него.</translation>
    </message>
    <message>
        <source>This action cannot be recorded: {why} ({cite})</source>
        <translation>Эту меру нельзя записать: {why} ({cite})</translation>
    </message>
    <message>
        <source>An exclusion needs the reason the suggested responses were not enough.</source>
        <translation>Для отстранения нужна причина, по которой предложенных мер недостаточно.</translation>
    </message>
    <message>
        <source>Enter the number of school days.</source>
        <translation>Укажите число учебных дней.</translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation>Укажите, кто принял решение.</translation>
    </message>
    <message>
        <source>A revision needs the reason the decision changes.</source>
        <translation>Для изменения нужна причина, по которой меняется решение.</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>New decision</source>
        <translation>Новое решение</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Revise the decision: {name}</source>
        <translation>Изменить решение: {name}</translation>
    </message>
    <message>
        <source>Enter a past decision (back-entry)</source>
        <translation>Внести прошлое решение (задним числом)</translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation>Отменить это решение?</translation>
    </message>
    <message>
        <source>What you entered will be discarded. Nothing has been recorded in the log.</source>
        <translation>Введённое будет удалено. В журнал ничего не записано.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Documents: {name}</source>
        <translation>Документы: {name}</translation>
    </message>
    <message>
        <source>Decision summary (for the school&apos;s file)</source>
        <translation>Сводка решения (для школьного дела)</translation>
    </message>
    <message>
        <source>Letter to the family</source>
        <translation>Письмо семье</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Whose documents</source>
        <translation>Чьи документы</translation>
    </message>
    <message>
        <source>{name}: harmed (letter of the supports)</source>
        <translation>{name}: пострадавший (письмо о поддержке)</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (черновой перевод)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Сохранить как PDF...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Letter to the family: the supports offered</source>
        <translation>Письмо семье: предлагаемая поддержка</translation>
    </message>
    <message>
        <source>The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family&apos;s copy.</source>
        <translation>Текст на языке «{language}» — черновой перевод, ещё не проверенный квалифицированным переводчиком. За экземпляром для семьи следует английская копия для дела.</translation>
    </message>
    <message>
        <source>Confidential student record: for the school&apos;s file.</source>
        <translation>Конфиденциальная запись об ученике: для школьного дела.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>Сводка решения</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
</context>
<context>
    <name>DraftContext</name>
    <message>
        <source>No behavior is checked for {name}: check one on the Behavior page.</source>
        <translation>Для {name} не отмечен ни один поступок: отметьте его на странице «Поведение».</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>What is missing on this page</source>
        <translation>Чего не хватает на этой странице</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-entry&lt;/b&gt;: a decision made before DisciplineDesk was used, entered so that the student&apos;s prior record is complete. Enter it as it was made; the log marks it as a back-entry and creates no follow-ups.</source>
        <translation>&lt;b&gt;Запись задним числом&lt;/b&gt;: решение, принятое до начала работы с DisciplineDesk, вносится, чтобы прежняя история ученика была полной. Внесите его таким, каким оно было принято; журнал помечает его как запись задним числом и не создаёт последующих шагов.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the log</source>
        <translation>Зашифровать журнал</translation>
    </message>
    <message>
        <source>The log in {folder} is not encrypted yet. Set a passphrase: the log and its backups are then encrypted, and an encrypted copy of it is kept first.</source>
        <translation>Журнал в папке {folder} ещё не зашифрован. Задайте парольную фразу: журнал и его резервные копии будут зашифрованы, а сначала будет сохранена зашифрованная копия.</translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>Factors before exclusion</source>
        <translation>Факторы перед отстранением</translation>
    </message>
    <message>
        <source>Before any suspension, hearing or expulsion, staff must consider each of these ({citation}).</source>
        <translation>Перед любым отстранением, слушанием или исключением сотрудники должны рассмотреть каждый из этих факторов ({citation}).</translation>
    </message>
    <message>
        <source>How many factors are documented</source>
        <translation>Сколько факторов задокументировано</translation>
    </message>
    <message>
        <source>How this was considered</source>
        <translation>Как это было учтено</translation>
    </message>
    <message>
        <source>Yes, as recorded on the behavior page.</source>
        <translation>Да, как записано на странице поведения.</translation>
    </message>
    <message>
        <source>No, as recorded on the behavior page.</source>
        <translation>Нет, как записано на странице поведения.</translation>
    </message>
    <message>
        <source>{done} of {total} factors documented. They are required before an exclusion, not before other responses.</source>
        <translation>Задокументировано факторов: {done} из {total}. Они обязательны перед отстранением, но не перед другими мерами.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>Вид для семьи</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (черновой перевод)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>What the family reads</source>
        <translation>Что читает семья</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Draft translation: not yet reviewed by a qualified translator. The English letter is the reference.</source>
        <translation>Черновой перевод: ещё не проверен квалифицированным переводчиком. Основным является письмо на английском.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not permitted as entered</source>
        <translation>Не допускается в таком виде</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Consult first</source>
        <translation>Сначала проконсультируйтесь</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>К сведению</translation>
    </message>
    <message>
        <source>No findings: nothing in the handbook limits or requires anything more here.</source>
        <translation>Замечаний нет: справочник здесь ничего больше не ограничивает и не требует.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>substance level {level}</source>
        <translation>вещества, уровень {level}</translation>
    </message>
    <message>
        <source>suspension: {value}</source>
        <translation>отстранение: {value}</translation>
    </message>
    <message>
        <source>hearing: {value}</source>
        <translation>слушание: {value}</translation>
    </message>
    <message>
        <source>Findings from the handbook</source>
        <translation>Выводы по справочнику</translation>
    </message>
    <message>
        <source>Draft translation of the handbook&apos;s texts, not yet reviewed by a qualified translator. The log records them in the handbook&apos;s own language.</source>
        <translation>Черновой перевод текстов справочника, ещё не проверенный квалифицированным переводчиком. Журнал записывает их на языке справочника.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Последующие действия&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Ожидающие действия</translation>
    </message>
    <message>
        <source>Mark &amp;done...</source>
        <translation>Отметить &amp;выполненным...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Ближайшие 7 дней</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Two revisions of this decision were made on two laptops; the later one is current. Look at both together (the incident view shows them).</source>
        <translation>Это решение изменили на двух ноутбуках; действует более позднее изменение. Рассмотрите оба вместе (они видны в карточке инцидента).</translation>
    </message>
    <message>
        <source>by {time} today</source>
        <translation>сегодня до {time}</translation>
    </message>
    <message>
        <source>Mark done: {what}, for {student}, due {due}.</source>
        <translation>Отметить выполненным: {what}, ученик {student}, срок {due}.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Note (what was done, when):</source>
        <translation>Примечание (что и когда сделано):</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Не отмечено</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Back to the family view</source>
        <translation>Вернуться к виду для семьи</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>The incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>&amp;Documents...</source>
        <translation>&amp;Документы...</translation>
    </message>
    <message>
        <source>Print or save the summary and the letters again</source>
        <translation>Снова напечатать или сохранить сводку и письма</translation>
    </message>
    <message>
        <source>&amp;Void the incident...</source>
        <translation>&amp;Аннулировать инцидент...</translation>
    </message>
    <message>
        <source>&amp;Revise a decision...</source>
        <translation>&amp;Изменить решение...</translation>
    </message>
    <message>
        <source>The decision page again: a new revision, the earlier kept</source>
        <translation>Снова страница решения: новая редакция, прежняя сохраняется</translation>
    </message>
    <message>
        <source>Incident: {when}, {where}</source>
        <translation>Инцидент: {when}, {where}</translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Аннулирован: {reason}</translation>
    </message>
    <message>
        <source>Back-entry: a decision made before DisciplineDesk was used, entered on {day} for the prior record.</source>
        <translation>Запись задним числом: решение, принятое до начала работы с DisciplineDesk, внесено {day} для полноты прежней истории.</translation>
    </message>
    <message>
        <source>Reported by: {who}</source>
        <translation>Кто сообщил: {who}</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Кто участвовал</translation>
    </message>
    <message>
        <source>did something</source>
        <translation>нарушитель</translation>
    </message>
    <message>
        <source>was harmed</source>
        <translation>пострадавшая сторона</translation>
    </message>
    <message>
        <source>saw it</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>источник сообщения</translation>
    </message>
    <message>
        <source>void</source>
        <translation>аннулировано</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n день с {start}</numerusform>
            <numerusform>, %n дня с {start}</numerusform>
            <numerusform>, %n дней с {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} дн. с {start}</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>выполнено {when}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>Decisions and their revisions</source>
        <translation>Решения и их изменения</translation>
    </message>
    <message>
        <source>Revision {n}: {action}, by {who} on {when}</source>
        <translation>Редакция {n}: {action}, {who}, {when}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>причина: {reason}</translation>
    </message>
    <message>
        <source>why it changed: {reason}</source>
        <translation>почему изменено: {reason}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>None printed or saved yet.</source>
        <translation>Пока ничего не напечатано и не сохранено.</translation>
    </message>
    <message>
        <source>{when}: {what}, by {who}, to {where}</source>
        <translation>{when}: {what}, {who}, куда: {where}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>on another laptop</source>
        <translation>на другом ноутбуке</translation>
    </message>
    <message>
        <source>Revise a decision</source>
        <translation>Изменить решение</translation>
    </message>
    <message>
        <source>Whose decision?</source>
        <translation>Чьё решение?</translation>
    </message>
    <message>
        <source>Void the incident</source>
        <translation>Аннулировать инцидент</translation>
    </message>
    <message>
        <source>Void this incident for everyone involved? It stays in the log, marked void with your reason, and no longer counts in any record or report.
Reason:</source>
        <translation>Аннулировать этот инцидент для всех участников? Он останется в журнале с пометкой и вашей причиной и больше не будет учитываться ни в записях, ни в отчётах.
Причина:</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Не аннулировано</translation>
    </message>
</context>
<context>
    <name>Involved</name>
    <message>
        <source>did something (own decision)</source>
        <translation>нарушитель (своё решение)</translation>
    </message>
    <message>
        <source>was harmed (victim)</source>
        <translation>пострадавшая сторона</translation>
    </message>
    <message>
        <source>saw it (witness)</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>источник сообщения</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Другой человек</translation>
    </message>
</context>
<context>
    <name>InvolvedPanel</name>
    <message>
        <source>Others involved</source>
        <translation>Другие участники</translation>
    </message>
    <message>
        <source>Add a s&amp;tudent...</source>
        <translation>Добавить &amp;ученика...</translation>
    </message>
    <message>
        <source>Add someone &amp;else...</source>
        <translation>Добавить другого &amp;человека...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Supports: {list}</source>
        <translation>Поддержка: {list}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk заблокирован</translation>
    </message>
    <message>
        <source>The window was locked to keep student records private. Enter the passphrase to go on; nothing you entered is lost.</source>
        <translation>Окно заблокировано, чтобы защитить записи об учениках. Введите парольную фразу, чтобы продолжить; ничего из введённого не потеряно.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Это не та парольная фраза.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Substance</source>
        <translation>Вещества</translation>
    </message>
    <message>
        <source>{action} (back-entry)</source>
        <translation>{action} (задним числом)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Действия</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n пострадавший</numerusform>
            <numerusform>%n пострадавших</numerusform>
            <numerusform>%n пострадавших</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n свидетель</numerusform>
            <numerusform>%n свидетеля</numerusform>
            <numerusform>%n свидетелей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n сообщивший</numerusform>
            <numerusform>%n сообщивших</numerusform>
            <numerusform>%n сообщивших</numerusform>
        </translation>
    </message>
    <message>
        <source>offender</source>
        <translation>нарушитель</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>пострадавший</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>свидетель</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>сообщивший</translation>
    </message>
    <message numerus="yes">
        <source>{action}, %n day(s)</source>
        <translation>
            <numerusform>{action}, %n день</numerusform>
            <numerusform>{action}, %n дня</numerusform>
            <numerusform>{action}, %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, {days} days</source>
        <translation>{action}, дней: {days}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log of incidents</source>
        <translation>Журнал инцидентов</translation>
    </message>
    <message>
        <source>Search descriptions and names</source>
        <translation>Поиск по описаниям и именам</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Поиск в журнале</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Все меры</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Open &amp;follow-ups</source>
        <translation>&amp;Открытые действия</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Bac&amp;k to the report</source>
        <translation>&amp;Назад к отчёту</translation>
    </message>
    <message>
        <source>Offline. Data folder: {path}</source>
        <translation>Без интернета. Папка данных: {path}</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>&amp;Новое решение</translation>
    </message>
    <message>
        <source>&amp;Print or save documents...</source>
        <translation>&amp;Печать или сохранение документов...</translation>
    </message>
    <message>
        <source>Import &amp;roster...</source>
        <translation>Импорт &amp;списка учеников...</translation>
    </message>
    <message>
        <source>School &amp;calendar...</source>
        <translation>Школьный &amp;календарь...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Резервная копия...</translation>
    </message>
    <message>
        <source>&amp;Find student...</source>
        <translation>Найти &amp;ученика...</translation>
    </message>
    <message>
        <source>Show &amp;all incidents</source>
        <translation>Показать &amp;все инциденты</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Общий доступ</translation>
    </message>
    <message>
        <source>&amp;Enter a past decision (back-entry)...</source>
        <translation>Внести прошлое р&amp;ешение (задним числом)...</translation>
    </message>
    <message>
        <source>&amp;Open the incident</source>
        <translation>&amp;Открыть инцидент</translation>
    </message>
    <message>
        <source>Re&amp;vise a decision...</source>
        <translation>&amp;Изменить решение...</translation>
    </message>
    <message>
        <source>Voi&amp;d the incident...</source>
        <translation>&amp;Аннулировать инцидент...</translation>
    </message>
    <message>
        <source>Res&amp;tore...</source>
        <translation>Восс&amp;тановить...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>Настро&amp;йки...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Discipline report...</source>
        <translation>&amp;Отчёт о дисциплине...</translation>
    </message>
    <message>
        <source>Behavior &amp;matrix</source>
        <translation>&amp;Матрица поведения</translation>
    </message>
    <message>
        <source>&amp;About DisciplineDesk</source>
        <translation>&amp;О программе DisciplineDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Решение записано.</translation>
    </message>
    <message>
        <source>Back-entry recorded.</source>
        <translation>Запись задним числом сохранена.</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>ученика</translation>
    </message>
    <message>
        <source>Unfinished decision</source>
        <translation>Незавершённое решение</translation>
    </message>
    <message>
        <source>A decision for {who} was not finished (saved {when} UTC). Resume it?</source>
        <translation>Решение для: {who} не было завершено (сохранено {when} UTC). Продолжить?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message numerus="yes">
        <source>%n+ incident(s)</source>
        <translation>
            <numerusform>%n+ инцидент</numerusform>
            <numerusform>%n+ инцидента</numerusform>
            <numerusform>%n+ инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Нет учеников</translation>
    </message>
    <message>
        <source>Import a roster first (File &gt; Import roster).</source>
        <translation>Сначала импортируйте список учеников (Файл &gt; Импорт списка учеников).</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>Найти ученика</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Ученик:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Импорт списка учеников</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Список учеников (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>This data folder holds the made-up demo school. Import real students into another data folder.</source>
        <translation>В этой папке данных — вымышленная демонстрационная школа. Импортируйте настоящих учеников в другую папку данных.</translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation>Импорт списка учеников...</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>импортирован %n ученик</numerusform>
            <numerusform>импортировано %n ученика</numerusform>
            <numerusform>импортировано %n учеников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>обновлён %n</numerusform>
            <numerusform>обновлено %n</numerusform>
            <numerusform>обновлено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>без изменений %n</numerusform>
            <numerusform>без изменений %n</numerusform>
            <numerusform>без изменений %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed from names</source>
        <translation>
            <numerusform>из имён удалён %n управляющий символ</numerusform>
            <numerusform>из имён удалено %n управляющих символа</numerusform>
            <numerusform>из имён удалено %n управляющих символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the log</source>
        <translation>Резервная копия журнала</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3)</source>
        <translation>Резервная копия (*.sqlite3)</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Запись резервной копии...</translation>
    </message>
    <message>
        <source>Backup written to {result}.</source>
        <translation>Резервная копия записана: {result}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3);;All files (*)</source>
        <translation>Резервная копия (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <source>The log will be replaced by the backup. The current log is kept in the backups folder first.</source>
        <translation>Журнал будет заменён резервной копией. Текущий журнал сначала сохраняется в папке резервных копий.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The log was restored from {path}. The previous log was kept as {kept}. Rolled back: {incidents} incidents, {decisions} decisions and {disclosures} disclosures that were recorded after the backup.</source>
        <translation>Журнал восстановлен из {path}. Прежний журнал сохранён как {kept}. Отменено записей, сделанных после резервной копии: инцидентов — {incidents}, решений — {decisions}, раскрытий — {disclosures}.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>{name} does not open with the log&apos;s passphrase. If it was made before the passphrase was changed, enter the passphrase it was made with:</source>
        <translation>{name} не открывается парольной фразой журнала. Если копия сделана до смены фразы, введите фразу, с которой она сделана:</translation>
    </message>
    <message>
        <source>Replace with the demo school?</source>
        <translation>Заменить демонстрационной школой?</translation>
    </message>
    <message>
        <source>This backup is the made-up demo school ({demo}). Restoring it replaces the log of {school} with made-up students (the current log is kept in the backups folder). Replace it?</source>
        <translation>Эта копия — вымышленная демонстрационная школа ({demo}). Её восстановление заменит журнал школы {school} вымышленными учащимися (текущий журнал сохранится в папке резервных копий). Заменить?</translation>
    </message>
    <message>
        <source>DEMO DATA (made-up students) — {title}</source>
        <translation>ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ (вымышленные ученики) — {title}</translation>
    </message>
</context>
<context>
    <name>MatrixBrowser</name>
    <message>
        <source>Search behaviors, e.g. fight, phone, vape</source>
        <translation>Поиск поведения, напр. драка, телефон, вейп</translation>
    </message>
    <message>
        <source>Search the behavior matrix</source>
        <translation>Поиск в матрице поведения</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Behavior matrix</source>
        <translation>Матрица поведения</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alcohol and drugs (levels A, B, C)</source>
        <translation>Алкоголь и наркотики (уровни A, B, C)</translation>
    </message>
    <message>
        <source>Substance (levels by count)</source>
        <translation>Вещества (уровни по числу случаев)</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Behavior matrix</source>
        <translation>Матрица поведения</translation>
    </message>
</context>
<context>
    <name>MonthDayEdit</name>
    <message>
        <source>{what}: month</source>
        <translation>{what}: месяц</translation>
    </message>
    <message>
        <source>{what}: day</source>
        <translation>{what}: день</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Та же парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: three or four unrelated words are easy to remember and hard to guess. Nobody can recover it: without it, the log and its backups cannot be opened. Keep it where the school keeps its other passwords.</source>
        <translation>Выберите парольную фразу не короче {minimum} символов: три-четыре не связанных между собой слова легко запомнить и трудно угадать. Восстановить её невозможно: без неё журнал и его резервные копии не открыть. Храните её там же, где школа хранит другие пароли.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Надёжность: слабая</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Надёжность: средняя</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Надёжность: высокая</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase is too short ({length} characters; at least {minimum}).</source>
        <translation>Не принято: парольная фраза слишком короткая (символов: {length}; нужно не меньше {minimum}).</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase repeats too few characters to be hard to guess.</source>
        <translation>Не принято: в парольной фразе слишком мало разных символов, её легко угадать.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>OffenderSelector</name>
    <message>
        <source>Whose decision this page is about</source>
        <translation>Чьё решение на этой странице</translation>
    </message>
    <message>
        <source>Decision f&amp;or:</source>
        <translation>Решение &amp;для:</translation>
    </message>
    <message>
        <source>Each student has their own behaviors, factors and decision.</source>
        <translation>У каждого ученика свои поступки, факторы и решение.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The log is damaged</source>
        <translation>Журнал повреждён</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask IT staff for the latest backup; the damaged file is left as it is.</source>
        <translation>{problem}

В папке {folder} нет резервной копии. Попросите у ИТ-специалистов последнюю резервную копию; повреждённый файл остаётся как есть.</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest backup, {name} (made {when})? Decisions recorded after it will need to be entered again. The damaged file is kept aside.</source>
        <translation>{problem}

Восстановить последнюю резервную копию {name} (создана {when})? Решения, записанные после неё, придётся ввести заново. Повреждённый файл сохраняется отдельно.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The log was restored from {name}. The damaged file was kept as {aside}.</source>
        <translation>Журнал восстановлен из {name}. Повреждённый файл сохранён как {aside}.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Discipline report</source>
        <translation>Отчёт о дисциплине</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Сохранить как &amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Grades {band}</source>
        <translation>Классы {band}</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>All behaviors</source>
        <translation>Все поступки</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Группа классов</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Разделы отчёта</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Отстранено</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>Отношение рисков</translation>
    </message>
    <message>
        <source>Exclusion by group</source>
        <translation>Отстранения по группам</translation>
    </message>
    <message>
        <source>The end of the period is before its start: change the dates.</source>
        <translation>Конец периода раньше его начала: измените даты.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s decisions...</source>
        <translation>Подсчёт решений за период...</translation>
    </message>
    <message>
        <source>From the report: {what}, {first} to {last}</source>
        <translation>Из отчёта: {what}, с {first} по {last}</translation>
    </message>
    <message>
        <source>Incidents: {incidents}; students involved as offenders: {students} (more than once: {repeat}); students excluded: {excluded}; days of suspension: {days:g}; follow-ups open: {open}, overdue: {overdue}.</source>
        <translation>Инцидентов: {incidents}, учеников-нарушителей: {students} (неоднократно: {repeat}); отстранено учеников: {excluded}, дней отстранения: {days:g}; открытых действий: {open}, просрочено: {overdue}.</translation>
    </message>
    <message>
        <source>Big 5: &amp;when</source>
        <translation>Big 5: &amp;когда</translation>
    </message>
    <message>
        <source>Big 5: what, where, &amp;who</source>
        <translation>Big 5: что, где, &amp;кто</translation>
    </message>
    <message>
        <source>&amp;Tiers and students</source>
        <translation>&amp;Уровни и ученики</translation>
    </message>
    <message>
        <source>&amp;Reporters and deciders</source>
        <translation>&amp;Кто сообщает и кто решает</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Инциденты по месяцам</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Инциденты по типам</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Инциденты</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Меры</translation>
    </message>
    <message>
        <source>Incidents per school day, by month</source>
        <translation>Инцидентов за учебный день, по месяцам</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Время дня</translation>
    </message>
    <message>
        <source>{hour}:00 to {hour}:59</source>
        <translation>с {hour}:00 до {hour}:59</translation>
    </message>
    <message>
        <source>Per school day of the weekday</source>
        <translation>За учебный день по дням недели</translation>
    </message>
    <message>
        <source>Behaviors (most frequent)</source>
        <translation>Поведение (самое частое)</translation>
    </message>
    <message>
        <source>Locations (most frequent)</source>
        <translation>Места (самые частые)</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>&amp;Равенство</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Вещества</translation>
    </message>
    <message>
        <source>{title}: none in this period</source>
        <translation>{title}: за этот период нет</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>Раса/этническая принадлежность</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Disability (IEP, 504 or referral)</source>
        <translation>Инвалидность (IEP, 504 или направление)</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Изучающий английский</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Students (most incidents)</source>
        <translation>Ученики (больше всего инцидентов)</translation>
    </message>
    <message>
        <source>students at {band} incidents</source>
        <translation>ученики с {band} инцидентами</translation>
    </message>
    <message>
        <source>Students with 0-1, 2-5 and 6 or more incidents in the period, of the {n} enrolled. Click a band, or a student in the table, to see the incidents.</source>
        <translation>Ученики с 0-1, 2-5 и 6 и более инцидентами за период, из {n} зачисленных. Нажмите на полосу или на ученика в таблице, чтобы увидеть инциденты.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <source>Days excluded</source>
        <translation>Дней отстранения</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Открытые действия</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>План поддержки</translation>
    </message>
    <message>
        <source>Students with the most incidents</source>
        <translation>Ученики с наибольшим числом инцидентов</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>Кто сообщил</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Кто решил</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Share excluded</source>
        <translation>Доля отстранений</translation>
    </message>
    <message>
        <source>Share excluded: out-of-school suspension or expulsion. Groups under {group} and counts under {cell} are not shown (-), as in the equity table.</source>
        <translation>Доля отстранений: отстранение вне школы или исключение. Группы меньше {group} и числа меньше {cell} не показываются (-), как в таблице равенства.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Click a bar to see its incidents</source>
        <translation>Нажмите на столбец, чтобы увидеть его инциденты</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>малая группа</translation>
    </message>
    <message>
        <source>small count</source>
        <translation>малое число</translation>
    </message>
    <message>
        <source>no one else excluded</source>
        <translation>больше никто не отстранён</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Risk: students with at least one out-of-school suspension or expulsion in the period, out of the students enrolled in the group. Risk ratio: the group&apos;s risk divided by the risk of all other students (above 1: excluded more often). Groups under {group} students and counts under {cell} are not shown, so that no student can be recognised.</source>
        <translation>Риск: доля учеников группы, хотя бы раз отстранённых от посещения школы или исключённых за период. Отношение рисков: риск группы, делённый на риск всех остальных учеников (больше 1 — отстраняют чаще). Группы меньше {group} учеников и числа меньше {cell} не показываются, чтобы нельзя было узнать ни одного ученика.</translation>
    </message>
    <message>
        <source>Risk ratio (1 = same as the other students)</source>
        <translation>Отношение рисков (1 = как у остальных учеников)</translation>
    </message>
    <message>
        <source>No group is large enough for a risk ratio in this period</source>
        <translation>За этот период нет группы, достаточно большой для отношения рисков</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Отчёт сохранён: {path}.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненным</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>The day the student came back</source>
        <translation>День, когда ученик вернулся</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>The student &amp;came back on:</source>
        <translation>Ученик &amp;вернулся:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>например, с понедельника по пятницу, 7:30–16:00</translation>
    </message>
    <message>
        <source>On every family letter, so that the family knows whom to call.</source>
        <translation>В каждом письме семье, чтобы семья знала, куда звонить.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Takes effect the next time DisciplineDesk starts.</source>
        <translation>Вступит в силу при следующем запуске DisciplineDesk.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин.</translation>
    </message>
    <message>
        <source> school years</source>
        <translation> уч. года</translation>
    </message>
    <message>
        <source>A purge never removes these school years, this one included.</source>
        <translation>Очистка никогда не удаляет эти учебные годы, включая текущий.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Название школы:</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Идентификатор школы:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Адрес школы:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Начало учебного года:</translation>
    </message>
    <message>
        <source>&amp;Last senior day (60-day rule):</source>
        <translation>&amp;Последний день выпускников (правило 60 дней):</translation>
    </message>
    <message>
        <source>Default &amp;decided by:</source>
        <translation>Решение &amp;принимает (по умолчанию):</translation>
    </message>
    <message>
        <source>Ed-Fi descriptor &amp;namespace:</source>
        <translation>Пространство &amp;имён дескрипторов Ed-Fi:</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage (from the next start):</source>
        <translation>&amp;Язык интерфейса (со следующего запуска):</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Блокировать окно через:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Хранить &amp;ежедневных копий:</translation>
    </message>
    <message>
        <source>A purge always &amp;keeps:</source>
        <translation>Очистка всегда &amp;сохраняет:</translation>
    </message>
    <message>
        <source>What is wrong with: {field}</source>
        <translation>Что не так с полем: {field}</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>Сменить &amp;парольную фразу...</translation>
    </message>
    <message>
        <source>Sharing with the school&apos;s other laptops...</source>
        <translation>Общий доступ с другими ноутбуками школы...</translation>
    </message>
    <message>
        <source>Not a day of the year: write the month and day as MM-DD, e.g. 09-01.</source>
        <translation>Это не день года: укажите месяц и день в виде ММ-ДД, например 09-01.</translation>
    </message>
    <message>
        <source>Digits only: the school&apos;s number in the district&apos;s systems.</source>
        <translation>Только цифры: номер школы в системах округа.</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Shared with %n other laptop(s)</source>
        <translation>
            <numerusform>Общий с %n другим ноутбуком</numerusform>
            <numerusform>Общий с %n другими ноутбуками</numerusform>
            <numerusform>Общий с %n другими ноутбуками</numerusform>
        </translation>
    </message>
    <message>
        <source>{laptops}, last exchange {when}</source>
        <translation>{laptops}, последний обмен {when}</translation>
    </message>
    <message>
        <source>{laptops}, no exchange yet</source>
        <translation>{laptops}, обмена ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not taken this time</source>
        <translation>
            <numerusform>%n файл не принят в этот раз</numerusform>
            <numerusform>%n файла не принято в этот раз</numerusform>
            <numerusform>%n файлов не принято в этот раз</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing: {problem}</source>
        <translation>Общий доступ: {problem}</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>Общий доступ</translation>
    </message>
    <message>
        <source>The school&apos;s administrators share one record: each laptop writes an encrypted file to a folder they all reach (a school share, a synced cloud folder or a USB stick) and reads the others&apos;. No server; nothing leaves the school but through that folder.</source>
        <translation>Администраторы школы ведут один общий журнал: каждый ноутбук записывает зашифрованный файл в папку, доступную всем (сетевая папка школы, синхронизируемая облачная папка или USB-накопитель), и читает файлы остальных. Без сервера; ничто не покидает школу иначе как через эту папку.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Выбрать...</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Открыть общий доступ</translation>
    </message>
    <message>
        <source>&amp;Join with a code...</source>
        <translation>&amp;Присоединиться по коду...</translation>
    </message>
    <message>
        <source>Show the join &amp;code...</source>
        <translation>Показать &amp;код...</translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation>О&amp;бменяться сейчас</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>&amp;Закрыть общий доступ...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Not shared. On the first laptop: choose the folder and Start sharing; then on each other laptop: the same folder and Join with the code.</source>
        <translation>Общий доступ не открыт. На первом ноутбуке: выберите папку и нажмите «Открыть общий доступ»; затем на каждом другом: та же папка и «Присоединиться по коду».</translation>
    </message>
    <message>
        <source>This laptop ({laptop}) shares the school&apos;s record through this folder.</source>
        <translation>Этот ноутбук ({laptop}) ведёт общий журнал школы через эту папку.</translation>
    </message>
    <message>
        <source>Laptop {laptop}: last wrote {when}</source>
        <translation>Ноутбук {laptop}: последняя запись {when}</translation>
    </message>
    <message>
        <source>No other laptop has written yet.</source>
        <translation>Другие ноутбуки ещё ничего не записали.</translation>
    </message>
    <message>
        <source>Choose the folder the laptops share first.</source>
        <translation>Сначала выберите общую папку ноутбуков.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Общий доступ не открыт</translation>
    </message>
    <message>
        <source>Join the school&apos;s record</source>
        <translation>Присоединиться к журналу школы</translation>
    </message>
    <message>
        <source>The join code shown on the first laptop (eight groups of four):</source>
        <translation>Код, показанный на первом ноутбуке (восемь групп по четыре):</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Не присоединено</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Показать код для присоединения</translation>
    </message>
    <message>
        <source>The log&apos;s passphrase:</source>
        <translation>Парольная фраза журнала:</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Это не та парольная фраза.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Код для присоединения</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type this code once on each other laptop of the school (Settings &gt; Sharing &gt; Join with a code), with the same folder:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep it like a password: with the folder, it opens the school&apos;s record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Введите этот код один раз на каждом другом ноутбуке школы (Настройки &gt; Общий доступ &gt; Присоединиться по коду), с той же папкой:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Храните его как пароль: вместе с папкой он открывает журнал школы.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Закрыть общий доступ</translation>
    </message>
    <message>
        <source>This laptop stops exchanging with the others. What it took in stays in its log, and what it wrote stays in the folder for the others.</source>
        <translation>Этот ноутбук прекращает обмен с остальными. Принятое остаётся в его журнале, а записанное — в папке для остальных.</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Who was involved</source>
        <translation>Кто участвовал</translation>
    </message>
    <message>
        <source>Find the student by name or school id (the prior record comes from the log), then add anyone else involved.</source>
        <translation>Найдите ученика по имени или школьному номеру (прежние записи берутся из журнала), затем добавьте других участников.</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Введите имя или идентификатор ученика</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Найти ученика</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>The student is &amp;not in the roster: enter by hand</source>
        <translation>Ученика &amp;нет в списке: ввести вручную</translation>
    </message>
    <message>
        <source>Student entered by hand</source>
        <translation>Ученик, введённый вручную</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>Выберите класс</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>План по разделу 504</translation>
    </message>
    <message>
        <source>Special education referral pending</source>
        <translation>Направление в спецобразование на рассмотрении</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Идентификатор школы:</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Язык семьи:</translation>
    </message>
    <message>
        <source>The student and prior record</source>
        <translation>Ученик и прежние записи</translation>
    </message>
    <message>
        <source>Section 504</source>
        <translation>Раздел 504</translation>
    </message>
    <message>
        <source>special education referral pending</source>
        <translation>направление в спецобразование на рассмотрении</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>класс {grade}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Нет записей об IEP, плане 504 или направлении</translation>
    </message>
    <message>
        <source>Exclusion days this school year: {days} of {limit}</source>
        <translation>Дней отстранения в этом учебном году: {days} из {limit}</translation>
    </message>
    <message>
        <source>Incidents in the log: {count}</source>
        <translation>Инцидентов в журнале: {count}</translation>
    </message>
    <message>
        <source>Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution</source>
        <translation>Нарушения с веществами: употребление/хранение — {uop}, передача — {transfer}, распространение — {dist}</translation>
    </message>
    <message>
        <source>{id} is also listed among the others involved: a student has one role.</source>
        <translation>{id} также указан среди других участников: у ученика одна роль.</translation>
    </message>
    <message>
        <source>Choose a student from the roster, or enter one by hand.</source>
        <translation>Выберите ученика из списка или введите вручную.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s school id.</source>
        <translation>Укажите школьный идентификатор ученика.</translation>
    </message>
    <message>
        <source>Id {id} is already in the roster: find the student above instead.</source>
        <translation>Идентификатор {id} уже есть в списке: найдите ученика выше.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s first and last name.</source>
        <translation>Укажите имя и фамилию ученика.</translation>
    </message>
    <message>
        <source>Choose the student&apos;s grade.</source>
        <translation>Выберите класс ученика.</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student: {name}</source>
        <translation>Ученик: {name}</translation>
    </message>
    <message>
        <source>referral pending</source>
        <translation>направление на рассмотрении</translation>
    </message>
    <message>
        <source>Grade {grade} · family language: {language}</source>
        <translation>Класс {grade} · язык семьи: {language}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Нет записей об IEP, плане 504 или направлении</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Этот учебный год</translation>
    </message>
    <message>
        <source>Days of suspension: {days} of {limit} school days</source>
        <translation>Дни отстранения: {days} из {limit} учебных дней</translation>
    </message>
    <message>
        <source>Strategies tried: {list}</source>
        <translation>Испробованные стратегии: {list}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>нет записей</translation>
    </message>
    <message>
        <source>Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}</source>
        <translation>Записи о веществах: употребление/хранение — {uop}, передача — {transfer}, распространение — {dist}; достигнутый уровень: {level}</translation>
    </message>
    <message>
        <source>Incidents ({count})</source>
        <translation>Инциденты ({count})</translation>
    </message>
    <message>
        <source>involved as: victim</source>
        <translation>участие: пострадавший</translation>
    </message>
    <message>
        <source>involved as: witness</source>
        <translation>участие: свидетель</translation>
    </message>
    <message>
        <source>involved as: reporter</source>
        <translation>участие: сообщивший</translation>
    </message>
    <message>
        <source>{days} calendar days</source>
        <translation>календарных дней: {days}</translation>
    </message>
    <message>
        <source>{days} calendar day</source>
        <translation>календарных дней: {days}</translation>
    </message>
    <message>
        <source>{days} school days</source>
        <translation>учебных дней: {days}</translation>
    </message>
    <message>
        <source>{days} school day</source>
        <translation>учебных дней: {days}</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Записи об ученике</translation>
    </message>
    <message>
        <source>in school: {inside} school days; out of school: {outside}</source>
        <translation>в школе: {inside} учебных дн.; вне школы: {outside}</translation>
    </message>
    <message>
        <source>Excluded from after-school and off-campus activities until {day}</source>
        <translation>Отстранён от внеурочных и выездных мероприятий до {day}</translation>
    </message>
    <message>
        <source>(over)</source>
        <translation>(закончилось)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>до {due}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>What the handbook says</source>
        <translation>Что говорит справочник</translation>
    </message>
    <message>
        <source>Responses start at the least intrusive. Check the ones you will use.</source>
        <translation>Меры начинаются с наименее строгих. Отметьте те, которые вы примените.</translation>
    </message>
    <message>
        <source>Type and matrix columns</source>
        <translation>Тип и столбцы матрицы</translation>
    </message>
    <message>
        <source>Suggested responses</source>
        <translation>Предлагаемые меры</translation>
    </message>
    <message>
        <source>&amp;Responses (who delivers them):</source>
        <translation>&amp;Меры (кто их проводит):</translation>
    </message>
    <message>
        <source>Records from other laptops</source>
        <translation>Записи с других ноутбуков</translation>
    </message>
    <message>
        <source> (already tried)</source>
        <translation> (уже пробовали)</translation>
    </message>
    <message>
        <source>Records from other laptops as of {when}</source>
        <translation>Записи с других ноутбуков на {when}</translation>
    </message>
    <message>
        <source>Records from other laptops: none taken in yet</source>
        <translation>Записи с других ноутбуков: пока ничего не принято</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>This is what will be recorded in the log when you press Finish.</source>
        <translation>Вот что будет записано в журнал, когда вы нажмёте «Готово».</translation>
    </message>
    <message>
        <source>Summary of the decision</source>
        <translation>Итог решения</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>Другие участники</translation>
    </message>
    <message>
        <source>Back-entry</source>
        <translation>Запись задним числом</translation>
    </message>
    <message>
        <source>A decision made before DisciplineDesk was used: it completes the prior record. No follow-ups are created.</source>
        <translation>Решение, принятое до начала работы с DisciplineDesk: оно дополняет прежнюю историю. Последующие шаги не создаются.</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n день с {start}</numerusform>
            <numerusform>, %n дня с {start}</numerusform>
            <numerusform>, %n дней с {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, дней: {days}, с {start}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Ученик</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>класс {grade}</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Поведение</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <source>Responses chosen</source>
        <translation>Выбранные меры</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Кем принято решение</translation>
    </message>
    <message>
        <source>Factors documented</source>
        <translation>Задокументированные факторы</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>The decision for {name} is not permitted as entered: choose {name} at the top of the Decision page.</source>
        <translation>Решение для {name} в таком виде не допускается: выберите {name} вверху страницы «Решение».</translation>
    </message>
    <message>
        <source>The decision is not permitted as entered: go back to the Decision page.</source>
        <translation>Решение в таком виде не допускается: вернитесь на страницу «Решение».</translation>
    </message>
</context>
<context>
    <name>TierTriangle</name>
    <message>
        <source>Tiers of support</source>
        <translation>Уровни поддержки</translation>
    </message>
    <message numerus="yes">
        <source>{band} incidents: %n student(s) ({share}%)</source>
        <translation>
            <numerusform>{band} инцидентов: %n ученик ({share}%)</numerusform>
            <numerusform>{band} инцидентов: %n ученика ({share}%)</numerusform>
            <numerusform>{band} инцидентов: %n учеников ({share}%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk заблокирован</translation>
    </message>
    <message>
        <source>The log in {folder} is encrypted. Enter its passphrase.</source>
        <translation>Журнал в папке {folder} зашифрован. Введите его парольную фразу.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DisciplineDesk</source>
        <translation>Добро пожаловать в DisciplineDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;DisciplineDesk helps you decide what to do after a student&apos;s behavior, following the {handbook}. It works offline: the log of decisions stays on this computer, in {folder}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать&lt;/h2&gt;&lt;p&gt;DisciplineDesk помогает решить, что делать после поступка ученика, следуя документу «{handbook}». Программа работает без интернета: журнал решений хранится на этом компьютере, в папке {folder}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Rosewood Middle School</source>
        <translation>напр., Rosewood Middle School</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>например, с понедельника по пятницу, 7:30–16:00</translation>
    </message>
    <message>
        <source>e.g. A. Rivera, Vice Principal</source>
        <translation>например, А. Ривера, заместитель директора</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестно</translation>
    </message>
    <message>
        <source>The 60-day rule for seniors needs it; it can be set later in Settings.</source>
        <translation>Оно нужно для правила 60 дней для выпускников; его можно указать позже в настройках.</translation>
    </message>
    <message>
        <source>No calendar yet: weekends only</source>
        <translation>Календаря пока нет: только выходные</translation>
    </message>
    <message>
        <source>Choose &amp;calendar...</source>
        <translation>Выбрать &amp;календарь...</translation>
    </message>
    <message>
        <source>No roster yet: add students as you go</source>
        <translation>Списка пока нет: добавляйте учеников по мере надобности</translation>
    </message>
    <message>
        <source>Choose &amp;roster...</source>
        <translation>Выбрать &amp;список учеников...</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Название школы:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Адрес школы:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Часы работы:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>What is wrong with the school name</source>
        <translation>Что не так с названием школы</translation>
    </message>
    <message>
        <source>What is wrong with the start of the year</source>
        <translation>Что не так с началом учебного года</translation>
    </message>
    <message>
        <source>What is wrong with the calendar</source>
        <translation>Что не так с календарём</translation>
    </message>
    <message>
        <source>What is wrong with the roster</source>
        <translation>Что не так со списком учеников</translation>
    </message>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Что не так с парольной фразой</translation>
    </message>
    <message>
        <source>Why the log was not created</source>
        <translation>Почему журнал не был создан</translation>
    </message>
    <message>
        <source>Your name (“decided by”):</source>
        <translation>Ваше имя («решение принял»):</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>&amp;Начало учебного года:</translation>
    </message>
    <message>
        <source>Last day for s&amp;eniors:</source>
        <translation>Последний день для &amp;выпускников:</translation>
    </message>
    <message>
        <source>Calendar (.ics or CSV):</source>
        <translation>Календарь (.ics или CSV):</translation>
    </message>
    <message>
        <source>Roster (OneRoster or CSV):</source>
        <translation>Список учеников (OneRoster или CSV):</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Адрес школы</translation>
    </message>
    <message>
        <source>School phone</source>
        <translation>Телефон школы</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Last day for seniors</source>
        <translation>Последний день для выпускников</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Начало учебного года</translation>
    </message>
    <message>
        <source>Choose the school calendar</source>
        <translation>Выбрать школьный календарь</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Выбрать список учеников</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Set up your school</source>
        <translation>Настройте свою школу</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is encrypted with a passphrase.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Журнал шифруется парольной фразой.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explore with &amp;demo data</source>
        <translation>Посмотреть на &amp;демонстрационных данных</translation>
    </message>
    <message>
        <source>Or look around first</source>
        <translation>Или сначала осмотритесь</translation>
    </message>
    <message>
        <source>A made-up school with a few hundred students and a year of decisions, in a separate folder ({folder}). The title bar says DEMO DATA while you use it.</source>
        <translation>Вымышленная школа с несколькими сотнями учеников и решениями за год, в отдельной папке ({folder}). Пока вы с ней работаете, в заголовке окна написано ДЕМОНСТРАЦИОННЫЕ ДАННЫЕ.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Школьный календарь</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv)</source>
        <translation>Календарь (*.ics *.csv)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Список учеников</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Список учеников (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name: it heads every letter and report.</source>
        <translation>Укажите название школы: оно стоит в заголовке каждого письма и отчёта.</translation>
    </message>
    <message>
        <source>Preparing the log...</source>
        <translation>Подготовка журнала...</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Что не так с парольной фразой</translation>
    </message>
    <message>
        <source>This passphrase does not open the log. Check it (capital letters, spaces) and try again.</source>
        <translation>Эта парольная фраза не открывает журнал. Проверьте её (заглавные буквы, пробелы) и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>How the school decided similar incidents</source>
        <translation>Как школа решала похожие инциденты</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Not revised</source>
        <translation>Не изменено</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s automatic backup was not made: {message}</source>
        <translation>Сегодняшняя автоматическая резервная копия не сделана: {message}</translation>
    </message>
</context>
</TS>
