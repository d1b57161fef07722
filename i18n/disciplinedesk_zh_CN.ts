<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DisciplineDesk</source>
        <translation>关于 DisciplineDesk</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审校</translation>
    </message>
    <message>
        <source>draft, not yet reviewed by a qualified translator</source>
        <translation>草稿，尚未经合格译员审校</translation>
    </message>
    <message>
        <source>incomplete: not offered yet</source>
        <translation>未完成：暂不提供</translation>
    </message>
    <message>
        <source>Decision support for school discipline. The tool documents and advises; the administrator decides.</source>
        <translation>学校纪律决策辅助工具。本工具负责记录和提供建议；由管理人员作出决定。</translation>
    </message>
    <message>
        <source>Policy pack: {name}, {id} version {version}</source>
        <translation>政策包：{name}，{id} 版本 {version}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <source>Family letters and the handbook&apos;s texts (definitions, findings):</source>
        <translation>家长信及手册文本（定义、发现）：</translation>
    </message>
    <message>
        <source>The interface (English is the source):</source>
        <translation>界面（以英文为原文）：</translation>
    </message>
    <message>
        <source>Works offline. Nothing is sent anywhere.</source>
        <translation>离线工作。不会向任何地方发送任何内容。</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add someone else</source>
        <translation>添加其他人</translation>
    </message>
    <message>
        <source>e.g. Ms. Ortiz</source>
        <translation>例如：Ortiz 女士</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>身份(&amp;W)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
</context>
<context>
    <name>AddStudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation>添加学生</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>输入姓名或学生编号</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>查找学生</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Supports the school will offer</source>
        <translation>学校将提供的支持</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>学生(&amp;S)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose a student of the roster (a student already involved has one role).</source>
        <translation>请从名册中选择学生（已涉及的学生只有一个角色）。</translation>
    </message>
</context>
<context>
    <name>BehaviorPage</name>
    <message>
        <source>Staff were involved (as the person affected)</source>
        <translation>涉及教职员工（作为受影响者）</translation>
    </message>
    <message>
        <source>Serious physical harm</source>
        <translation>严重身体伤害</translation>
    </message>
    <message>
        <source>Direct threat to the health or safety of others</source>
        <translation>直接威胁他人健康或安全</translation>
    </message>
    <message>
        <source>The student threatened violence or harm</source>
        <translation>学生威胁使用暴力或造成伤害</translation>
    </message>
    <message>
        <source>Bias-based (race, religion, disability, identity...)</source>
        <translation>出于偏见（种族、宗教、残障、身份……）</translation>
    </message>
    <message>
        <source>Sex-based or sexual in nature</source>
        <translation>基于性别或具有性性质</translation>
    </message>
    <message>
        <source>A look-alike weapon was involved</source>
        <translation>涉及仿真武器</translation>
    </message>
    <message>
        <source>Substantial disruption of learning</source>
        <translation>严重扰乱学习</translation>
    </message>
    <message>
        <source>The student disclosed it voluntarily</source>
        <translation>学生主动说明</translation>
    </message>
    <message>
        <source>At a school-sponsored event or activity</source>
        <translation>在学校主办的活动中</translation>
    </message>
    <message>
        <source>Direct connection to school safety</source>
        <translation>与校园安全直接相关</translation>
    </message>
    <message>
        <source>Handgun</source>
        <translation>手枪</translation>
    </message>
    <message>
        <source>Rifle or shotgun</source>
        <translation>步枪或猎枪</translation>
    </message>
    <message>
        <source>Other firearm</source>
        <translation>其他枪支</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>刀</translation>
    </message>
    <message>
        <source>Other sharp object</source>
        <translation>其他尖锐物品</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>棍棒</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>其他物品</translation>
    </message>
    <message>
        <source>Substance used as a weapon</source>
        <translation>用作武器的物质</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>What happened, from the handbook&apos;s behavior matrix.</source>
        <translation>发生了什么（依据手册的行为矩阵）。</translation>
    </message>
    <message>
        <source>e.g. cafeteria, bus, hallway</source>
        <translation>例如：餐厅、校车、走廊</translation>
    </message>
    <message>
        <source>At school or on district property</source>
        <translation>在学校或学区场地内</translation>
    </message>
    <message>
        <source>At a school event</source>
        <translation>在学校活动中</translation>
    </message>
    <message>
        <source>On the way to or from school</source>
        <translation>上学或放学途中</translation>
    </message>
    <message>
        <source>Off campus or online</source>
        <translation>校外或网上</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;E)：</translation>
    </message>
    <message>
        <source>Ne&amp;xus:</source>
        <translation>与学校的关联(&amp;X)：</translation>
    </message>
    <message>
        <source>Community &amp;impact:</source>
        <translation>对学校社区的影响(&amp;I)：</translation>
    </message>
    <message>
        <source>Search behaviors</source>
        <translation>搜索行为</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>酒精和毒品</translation>
    </message>
    <message>
        <source>Behavior type</source>
        <translation>行为类型</translation>
    </message>
    <message>
        <source>&amp;Behaviors (check all that apply):</source>
        <translation>行为（勾选所有适用项）(&amp;B)：</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>物质</translation>
    </message>
    <message>
        <source>Behaviors checked</source>
        <translation>已勾选的行为</translation>
    </message>
    <message>
        <source>Definition of the selected behavior</source>
        <translation>所选行为的定义</translation>
    </message>
    <message>
        <source>&amp;Description (what was seen and said):</source>
        <translation>描述（所见所闻）(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Facts that change what the handbook says</source>
        <translation>会改变手册规定的情况</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>已报警</translation>
    </message>
    <message>
        <source>A firearm must be reported to the police (p.25).</source>
        <translation>涉及枪支必须报警（第25页）。</translation>
    </message>
    <message>
        <source>A back-entry is a decision made before today: enter the date the incident happened.</source>
        <translation>补录的是今天以前作出的决定：请输入事件发生的日期。</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>武器</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>W&amp;eapon:</source>
        <translation>武器(&amp;E)：</translation>
    </message>
    <message>
        <source>Checked: {names}</source>
        <translation>已勾选：{names}</translation>
    </message>
    <message>
        <source>Check at least one behavior from the matrix.</source>
        <translation>请至少从矩阵中勾选一项行为。</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the log takes at most {limit}.</source>
        <translation>说明共有{length}个字符；日志最多接受{limit}个。</translation>
    </message>
    <message>
        <source>Enter the date and time of the incident.</source>
        <translation>请输入事件的日期和时间。</translation>
    </message>
    <message>
        <source>The incident&apos;s date and time are after now: check them.</source>
        <translation>事件的日期和时间晚于现在：请检查。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Non-school days</source>
        <translation>非上学日</translation>
    </message>
    <message>
        <source>&amp;Import a calendar file...</source>
        <translation>导入日历文件(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Remove selected days</source>
        <translation>删除所选日期(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n non-school day(s) besides weekends.</source>
        <translation>
            <numerusform>除周末外有%n个非上学日。</numerusform>
        </translation>
    </message>
    <message>
        <source>No non-school days yet: import the school calendar (.ics or CSV).</source>
        <translation>尚无非上学日：请导入校历（.ics 或 CSV）。</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv);;All files (*)</source>
        <translation>日历 (*.ics *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} changed, {removed} removed.</source>
        <translation>已导入 {file}：新增{added}个，更改{updated}个，删除{removed}个。</translation>
    </message>
    <message>
        <source>Replace the earlier import</source>
        <translation>替换之前的导入</translation>
    </message>
    <message>
        <source>{file} was imported before. This import adds {added} days, changes {updated} and removes {removed} that the file no longer has: {days}. Go ahead?</source>
        <translation>{file} 之前已导入。此次导入新增{added}天，更改{updated}天，并删除该文件中已不再有的{removed}天：{days}。是否继续？</translation>
    </message>
    <message>
        <source>Remove non-school days</source>
        <translation>删除非上学日</translation>
    </message>
    <message numerus="yes">
        <source>Make %n day(s) school days again? The change is kept in the audit trail.</source>
        <translation>
            <numerusform>将%n天恢复为上学日？此更改会记录在审计记录中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>The log is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>记录将用新密码短语重新加密。之前的备份仍使用当时的密码短语。</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码短语</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>当前密码短语(&amp;C)：</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>当前密码短语不正确。</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <source>no exclusion</source>
        <translation>无排除措施</translation>
    </message>
    <message>
        <source>in-school</source>
        <translation>校内</translation>
    </message>
    <message>
        <source>out-of-school</source>
        <translation>校外</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>听证会</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>开除</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</source>
        <translation>
            <numerusform>本学年和上学年记录中的类似决定少于{minimum}项（%n项）：数量太少，无法显示学校通常如何决定。</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}：{count}</translation>
    </message>
    <message numerus="yes">
        <source>%n similar decision(s) this school year and last: {spread}.</source>
        <translation>
            <numerusform>本学年和上学年共有%n项类似决定：{spread}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspension days: median {median}, most {most}.</source>
        <translation>停学天数：中位数{median}，最多{most}。</translation>
    </message>
    <message numerus="yes">
        <source>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</source>
        <translation>
            <numerusform>拟议措施比%n项中的{less}项更具排除性，与{same}项相同。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>What has been tried, and what the rules need to know about the student.</source>
        <translation>已经尝试过的措施，以及规则需要了解的学生情况。</translation>
    </message>
    <message>
        <source>Prior record</source>
        <translation>以往记录</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation>IEP(&amp;I)</translation>
    </message>
    <message>
        <source>Section &amp;504 plan</source>
        <translation>504 条款计划(&amp;5)</translation>
    </message>
    <message>
        <source>Special education &amp;referral pending</source>
        <translation>特殊教育转介待定(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Strategies already tried this year (checked ones from the log cannot be unchecked):</source>
        <translation>本学年已尝试的措施（来自记录的勾选项不能取消）(&amp;S)：</translation>
    </message>
    <message>
        <source>Strategies already tried</source>
        <translation>已尝试的措施</translation>
    </message>
    <message>
        <source>Search strategies (CICO, conference...)</source>
        <translation>搜索策略（CICO、面谈……）</translation>
    </message>
    <message>
        <source>Search strategies</source>
        <translation>搜索策略</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>酒精与毒品</translation>
    </message>
    <message>
        <source>{strategy} (for: {answered})</source>
        <translation>{strategy}（针对：{answered}）</translation>
    </message>
    <message>
        <source>Prior incidents in the log: {count}.</source>
        <translation>记录中的以往事件：{count}。</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>You decide. The handbook&apos;s limits and requirements update as you type.</source>
        <translation>由您决定。手册的限制和要求会随输入更新。</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses are not enough:</source>
        <translation>为何建议的措施不足(&amp;W)：</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>停学的理由</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>措施(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>天数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>决定人(&amp;B)：</translation>
    </message>
    <message>
        <source>Why the decision &amp;changes:</source>
        <translation>决定变更的原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>修订理由</translation>
    </message>
    <message>
        <source>Grounds for expulsion (at least one is required):</source>
        <translation>开除理由（至少需要一项）：</translation>
    </message>
    <message>
        <source>&amp;Family view (F11)</source>
        <translation>家长视图(&amp;F) (F11)</translation>
    </message>
    <message>
        <source>The decision as the family will read it, full screen, in their language</source>
        <translation>以家长将看到的方式全屏显示决定，使用他们的语言</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses were not enough (if it is known):</source>
        <translation>为何建议的措施当时不足（如知道）(&amp;W)：</translation>
    </message>
    <message>
        <source>Calendar days (at most one year).</source>
        <translation>自然日（最多一年）。</translation>
    </message>
    <message>
        <source>School days; for rest of day, the days after it.</source>
        <translation>上学日；当天剩余时间停课时为之后的天数。</translation>
    </message>
    <message>
        <source>This action cannot be recorded: {why} ({cite})</source>
        <translation>无法记录此措施：{why}（{cite}）</translation>
    </message>
    <message>
        <source>An exclusion needs the reason the suggested responses were not enough.</source>
        <translation>停学需要说明为何建议的措施不足。</translation>
    </message>
    <message>
        <source>Enter the number of school days.</source>
        <translation>请输入上学日天数。</translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation>请输入决定人。</translation>
    </message>
    <message>
        <source>A revision needs the reason the decision changes.</source>
        <translation>修订需要说明决定变更的原因。</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>New decision</source>
        <translation>新决定</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Revise the decision: {name}</source>
        <translation>修订决定：{name}</translation>
    </message>
    <message>
        <source>Enter a past decision (back-entry)</source>
        <translation>补录以往决定</translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation>放弃此决定？</translation>
    </message>
    <message>
        <source>What you entered will be discarded. Nothing has been recorded in the log.</source>
        <translation>您输入的内容将被丢弃。记录中没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Documents: {name}</source>
        <translation>文件：{name}</translation>
    </message>
    <message>
        <source>Decision summary (for the school&apos;s file)</source>
        <translation>决定摘要（存入学校档案）</translation>
    </message>
    <message>
        <source>Letter to the family</source>
        <translation>致家长信</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Whose documents</source>
        <translation>谁的文件</translation>
    </message>
    <message>
        <source>{name}: harmed (letter of the supports)</source>
        <translation>{name}：受害（支持措施信）</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language}（翻译草稿）</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>信件语言</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>另存为 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Letter to the family: the supports offered</source>
        <translation>致家长信：提供的支持</translation>
    </message>
    <message>
        <source>The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family&apos;s copy.</source>
        <translation>{language}文本是翻译草稿，尚未经合格译员审校。家长版之后附有一份存档用的英文副本。</translation>
    </message>
    <message>
        <source>Confidential student record: for the school&apos;s file.</source>
        <translation>学生机密记录：存入学校档案。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>决定摘要</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
</context>
<context>
    <name>DraftContext</name>
    <message>
        <source>No behavior is checked for {name}: check one on the Behavior page.</source>
        <translation>尚未为 {name} 勾选任何行为：请在“行为”页面勾选一项。</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>What is missing on this page</source>
        <translation>本页缺少的内容</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-entry&lt;/b&gt;: a decision made before DisciplineDesk was used, entered so that the student&apos;s prior record is complete. Enter it as it was made; the log marks it as a back-entry and creates no follow-ups.</source>
        <translation>&lt;b&gt;补录&lt;/b&gt;：在使用 DisciplineDesk 之前作出的决定，录入后学生的以往记录才完整。请按当时的决定录入；日志会将其标为补录，并且不创建后续事项。</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the log</source>
        <translation>加密记录</translation>
    </message>
    <message>
        <source>The log in {folder} is not encrypted yet. Set a passphrase: the log and its backups are then encrypted, and an encrypted copy of it is kept first.</source>
        <translation>{folder} 中的记录尚未加密。请设置密码短语：之后记录及其备份都会加密，并会先保留一份加密副本。</translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>Factors before exclusion</source>
        <translation>停学前须考虑的因素</translation>
    </message>
    <message>
        <source>Before any suspension, hearing or expulsion, staff must consider each of these ({citation}).</source>
        <translation>在任何停学、听证或开除之前，工作人员必须逐项考虑以下因素（{citation}）。</translation>
    </message>
    <message>
        <source>How many factors are documented</source>
        <translation>已记录的因素数量</translation>
    </message>
    <message>
        <source>How this was considered</source>
        <translation>如何考虑了这一点</translation>
    </message>
    <message>
        <source>Yes, as recorded on the behavior page.</source>
        <translation>是，依行为页面的记录。</translation>
    </message>
    <message>
        <source>No, as recorded on the behavior page.</source>
        <translation>否，依行为页面的记录。</translation>
    </message>
    <message>
        <source>{done} of {total} factors documented. They are required before an exclusion, not before other responses.</source>
        <translation>已记录 {done}/{total} 项因素。停学前必须记录，其他措施则不需要。</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>家长视图</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language}（翻译草稿）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>What the family reads</source>
        <translation>家长看到的内容</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Draft translation: not yet reviewed by a qualified translator. The English letter is the reference.</source>
        <translation>翻译草稿：尚未经合格译员审校。以英文信件为准。</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not permitted as entered</source>
        <translation>按所填内容不允许</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>Consult first</source>
        <translation>先咨询</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>供参考</translation>
    </message>
    <message>
        <source>No findings: nothing in the handbook limits or requires anything more here.</source>
        <translation>没有发现：手册在此没有其他限制或要求。</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>substance level {level}</source>
        <translation>物质{level}级</translation>
    </message>
    <message>
        <source>suspension: {value}</source>
        <translation>停学：{value}</translation>
    </message>
    <message>
        <source>hearing: {value}</source>
        <translation>听证会：{value}</translation>
    </message>
    <message>
        <source>Findings from the handbook</source>
        <translation>依据手册的结论</translation>
    </message>
    <message>
        <source>Draft translation of the handbook&apos;s texts, not yet reviewed by a qualified translator. The log records them in the handbook&apos;s own language.</source>
        <translation>手册文本的译文为草稿，尚未经合格译者审校。记录中保存的是手册原文。</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;后续事项&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待办后续事项</translation>
    </message>
    <message>
        <source>Mark &amp;done...</source>
        <translation>标记为完成(&amp;D)...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>Two revisions of this decision were made on two laptops; the later one is current. Look at both together (the incident view shows them).</source>
        <translation>此决定在两台电脑上各被修订了一次；以较晚的修订为准。请一起查看这两次修订（事件视图中可见）。</translation>
    </message>
    <message>
        <source>by {time} today</source>
        <translation>今天{time}之前</translation>
    </message>
    <message>
        <source>Mark done: {what}, for {student}, due {due}.</source>
        <translation>标记为已完成：{what}，学生 {student}，截止 {due}。</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>Note (what was done, when):</source>
        <translation>备注（做了什么，何时）：</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未标记</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Back to the family view</source>
        <translation>返回家长视图</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>The incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>&amp;Documents...</source>
        <translation>文件(&amp;D)...</translation>
    </message>
    <message>
        <source>Print or save the summary and the letters again</source>
        <translation>再次打印或保存摘要和信件</translation>
    </message>
    <message>
        <source>&amp;Void the incident...</source>
        <translation>作废此事件(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Revise a decision...</source>
        <translation>修订决定(&amp;R)...</translation>
    </message>
    <message>
        <source>The decision page again: a new revision, the earlier kept</source>
        <translation>再次打开决定页面：新的修订，保留之前的版本</translation>
    </message>
    <message>
        <source>Incident: {when}, {where}</source>
        <translation>事件：{when}，{where}</translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation>地点未记录</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <source>Back-entry: a decision made before DisciplineDesk was used, entered on {day} for the prior record.</source>
        <translation>补录：在使用 DisciplineDesk 之前作出的决定，于 {day} 录入以补全以往记录。</translation>
    </message>
    <message>
        <source>Reported by: {who}</source>
        <translation>报告人：{who}</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>did something</source>
        <translation>有违规行为</translation>
    </message>
    <message>
        <source>was harmed</source>
        <translation>受到伤害</translation>
    </message>
    <message>
        <source>saw it</source>
        <translation>目击</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>void</source>
        <translation>已作废</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>，自 {start} 起 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>，自 {start} 起 {days} 天</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>{when} 已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Decisions and their revisions</source>
        <translation>决定及其修订</translation>
    </message>
    <message>
        <source>Revision {n}: {action}, by {who} on {when}</source>
        <translation>第 {n} 次修订：{action}，由 {who} 于 {when}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>why it changed: {reason}</source>
        <translation>变更原因：{reason}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>None printed or saved yet.</source>
        <translation>尚未打印或保存。</translation>
    </message>
    <message>
        <source>{when}: {what}, by {who}, to {where}</source>
        <translation>{when}：{what}，由 {who}，至 {where}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>on another laptop</source>
        <translation>在另一台电脑上</translation>
    </message>
    <message>
        <source>Revise a decision</source>
        <translation>修订决定</translation>
    </message>
    <message>
        <source>Whose decision?</source>
        <translation>谁的决定？</translation>
    </message>
    <message>
        <source>Void the incident</source>
        <translation>作废此事件</translation>
    </message>
    <message>
        <source>Void this incident for everyone involved? It stays in the log, marked void with your reason, and no longer counts in any record or report.
Reason:</source>
        <translation>要为所有相关人员作废此事件吗？事件仍保留在日志中，标记为已作废并附上您的理由，不再计入任何记录或报告。
理由：</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>未作废</translation>
    </message>
</context>
<context>
    <name>Involved</name>
    <message>
        <source>did something (own decision)</source>
        <translation>有违规行为（单独决定）</translation>
    </message>
    <message>
        <source>was harmed (victim)</source>
        <translation>受到伤害（受害者）</translation>
    </message>
    <message>
        <source>saw it (witness)</source>
        <translation>目击（证人）</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>教职员工</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>InvolvedPanel</name>
    <message>
        <source>Others involved</source>
        <translation>其他涉及人员</translation>
    </message>
    <message>
        <source>Add a s&amp;tudent...</source>
        <translation>添加学生(&amp;T)...</translation>
    </message>
    <message>
        <source>Add someone &amp;else...</source>
        <translation>添加其他人(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Supports: {list}</source>
        <translation>支持：{list}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk 已锁定</translation>
    </message>
    <message>
        <source>The window was locked to keep student records private. Enter the passphrase to go on; nothing you entered is lost.</source>
        <translation>为保护学生记录的隐私，窗口已锁定。请输入密码短语继续；您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>密码短语不正确。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Substance</source>
        <translation>物质</translation>
    </message>
    <message>
        <source>{action} (back-entry)</source>
        <translation>{action}（补录）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n 名受害者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n 名证人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n 名报告人</numerusform>
        </translation>
    </message>
    <message>
        <source>offender</source>
        <translation>违规者</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>受害者</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>报告人</translation>
    </message>
    <message numerus="yes">
        <source>{action}, %n day(s)</source>
        <translation>
            <numerusform>{action}，%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, {days} days</source>
        <translation>{action}，{days} 天</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log of incidents</source>
        <translation>事件记录</translation>
    </message>
    <message>
        <source>Search descriptions and names</source>
        <translation>搜索描述和姓名</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>搜索记录</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有措施</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Open &amp;follow-ups</source>
        <translation>未完成的后续事项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Bac&amp;k to the report</source>
        <translation>返回报告(&amp;K)</translation>
    </message>
    <message>
        <source>Offline. Data folder: {path}</source>
        <translation>离线。数据文件夹：{path}</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>新决定(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Print or save documents...</source>
        <translation>打印或保存文件(&amp;P)...</translation>
    </message>
    <message>
        <source>Import &amp;roster...</source>
        <translation>导入学生名单(&amp;R)...</translation>
    </message>
    <message>
        <source>School &amp;calendar...</source>
        <translation>校历(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Find student...</source>
        <translation>查找学生(&amp;F)...</translation>
    </message>
    <message>
        <source>Show &amp;all incidents</source>
        <translation>显示全部事件(&amp;A)</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>&amp;Enter a past decision (back-entry)...</source>
        <translation>补录以往决定(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Open the incident</source>
        <translation>打开事件(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;vise a decision...</source>
        <translation>修订决定(&amp;V)...</translation>
    </message>
    <message>
        <source>Voi&amp;d the incident...</source>
        <translation>作废此事件(&amp;D)...</translation>
    </message>
    <message>
        <source>Res&amp;tore...</source>
        <translation>恢复(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Discipline report...</source>
        <translation>纪律报告(&amp;D)...</translation>
    </message>
    <message>
        <source>Behavior &amp;matrix</source>
        <translation>行为矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About DisciplineDesk</source>
        <translation>关于 DisciplineDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>决定已记录。</translation>
    </message>
    <message>
        <source>Back-entry recorded.</source>
        <translation>补录已保存。</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>一名学生</translation>
    </message>
    <message>
        <source>Unfinished decision</source>
        <translation>未完成的决定</translation>
    </message>
    <message>
        <source>A decision for {who} was not finished (saved {when} UTC). Resume it?</source>
        <translation>{who} 的决定尚未完成（保存于 {when} UTC）。是否继续？</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n+ incident(s)</source>
        <translation>
            <numerusform>%n+起事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n起事件</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>没有学生</translation>
    </message>
    <message>
        <source>Import a roster first (File &gt; Import roster).</source>
        <translation>请先导入学生名单（文件 &gt; 导入学生名单）。</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>查找学生</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入学生名单</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>学生名单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>This data folder holds the made-up demo school. Import real students into another data folder.</source>
        <translation>此数据文件夹存放的是虚构的演示学校。请将真实学生导入另一个数据文件夹。</translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation>正在导入学生名单...</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>已导入 %n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n 名已更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 名未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed from names</source>
        <translation>
            <numerusform>已从姓名中删除 %n 个控制字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the log</source>
        <translation>备份记录</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3)</source>
        <translation>备份 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>正在写入备份...</translation>
    </message>
    <message>
        <source>Backup written to {result}.</source>
        <translation>备份已写入 {result}。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3);;All files (*)</source>
        <translation>备份 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>The log will be replaced by the backup. The current log is kept in the backups folder first.</source>
        <translation>记录将被备份替换。当前记录会先保存在备份文件夹中。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The log was restored from {path}. The previous log was kept as {kept}. Rolled back: {incidents} incidents, {decisions} decisions and {disclosures} disclosures that were recorded after the backup.</source>
        <translation>已从 {path} 恢复日志。之前的日志已保存为 {kept}。已撤销备份之后记录的内容：事件{incidents}个、决定{decisions}个、披露{disclosures}个。</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>备份的密码短语</translation>
    </message>
    <message>
        <source>{name} does not open with the log&apos;s passphrase. If it was made before the passphrase was changed, enter the passphrase it was made with:</source>
        <translation>{name} 无法用日志的密码短语打开。如果它是在更改密码短语之前制作的，请输入制作时的密码短语：</translation>
    </message>
    <message>
        <source>Replace with the demo school?</source>
        <translation>替换为演示学校？</translation>
    </message>
    <message>
        <source>This backup is the made-up demo school ({demo}). Restoring it replaces the log of {school} with made-up students (the current log is kept in the backups folder). Replace it?</source>
        <translation>此备份是虚构的演示学校（{demo}）。恢复它会用虚构的学生替换 {school} 的日志（当前日志会保存在备份文件夹中）。是否替换？</translation>
    </message>
    <message>
        <source>DEMO DATA (made-up students) — {title}</source>
        <translation>演示数据（虚构学生）— {title}</translation>
    </message>
</context>
<context>
    <name>MatrixBrowser</name>
    <message>
        <source>Search behaviors, e.g. fight, phone, vape</source>
        <translation>搜索行为，例如：打架、手机、电子烟</translation>
    </message>
    <message>
        <source>Search the behavior matrix</source>
        <translation>搜索行为矩阵</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Behavior matrix</source>
        <translation>行为矩阵</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alcohol and drugs (levels A, B, C)</source>
        <translation>酒精和毒品（A、B、C 级）</translation>
    </message>
    <message>
        <source>Substance (levels by count)</source>
        <translation>物质（按次数分级）</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Behavior matrix</source>
        <translation>行为矩阵</translation>
    </message>
</context>
<context>
    <name>MonthDayEdit</name>
    <message>
        <source>{what}: month</source>
        <translation>{what}：月</translation>
    </message>
    <message>
        <source>{what}: day</source>
        <translation>{what}：日</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>新密码短语</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次输入相同的密码短语</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: three or four unrelated words are easy to remember and hard to guess. Nobody can recover it: without it, the log and its backups cannot be opened. Keep it where the school keeps its other passwords.</source>
        <translation>请选择至少{minimum}个字符的密码短语：三四个互不相关的词语既容易记住又难以猜到。密码短语无法找回：没有它，就无法打开记录及其备份。请把它保存在学校保存其他密码的地方。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>强度：弱</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>强度：中</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>强度：强</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase is too short ({length} characters; at least {minimum}).</source>
        <translation>不可用：密码短语太短（{length}个字符；至少需要{minimum}个）。</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase repeats too few characters to be hard to guess.</source>
        <translation>不可用：密码短语中不同的字符太少，容易被猜到。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>OffenderSelector</name>
    <message>
        <source>Whose decision this page is about</source>
        <translation>本页是关于谁的决定</translation>
    </message>
    <message>
        <source>Decision f&amp;or:</source>
        <translation>决定对象(&amp;O)：</translation>
    </message>
    <message>
        <source>Each student has their own behaviors, factors and decision.</source>
        <translation>每名学生都有各自的行为、因素和决定。</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The log is damaged</source>
        <translation>记录已损坏</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask IT staff for the latest backup; the damaged file is left as it is.</source>
        <translation>{problem}

{folder}中没有备份。请向IT人员索取最新的备份；损坏的文件保持原样。</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest backup, {name} (made {when})? Decisions recorded after it will need to be entered again. The damaged file is kept aside.</source>
        <translation>{problem}

要恢复最新的备份{name}（创建于{when}）吗？在此之后记录的决定需要重新输入。损坏的文件会另行保存。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The log was restored from {name}. The damaged file was kept as {aside}.</source>
        <translation>记录已从{name}恢复。损坏的文件保存为{aside}。</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Discipline report</source>
        <translation>纪律报告</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>另存为 PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>所有年级</translation>
    </message>
    <message>
        <source>Grades {band}</source>
        <translation>{band} 年级</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All behaviors</source>
        <translation>所有行为</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>年级段</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>报告章节</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群体</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在籍人数</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>被停学人数</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>风险比</translation>
    </message>
    <message>
        <source>Exclusion by group</source>
        <translation>按群体统计的停学情况</translation>
    </message>
    <message>
        <source>The end of the period is before its start: change the dates.</source>
        <translation>结束日期早于开始日期：请修改日期。</translation>
    </message>
    <message>
        <source>Counting the period&apos;s decisions...</source>
        <translation>正在统计该期间的决定...</translation>
    </message>
    <message>
        <source>From the report: {what}, {first} to {last}</source>
        <translation>来自报告：{what}，{first} 至 {last}</translation>
    </message>
    <message>
        <source>Incidents: {incidents}; students involved as offenders: {students} (more than once: {repeat}); students excluded: {excluded}; days of suspension: {days:g}; follow-ups open: {open}, overdue: {overdue}.</source>
        <translation>{incidents} 起事件，涉及 {students} 名违规学生（{repeat} 名不止一次）；{excluded} 名学生被停学，停学共 {days:g} 天；未完成后续事项 {open} 项，逾期 {overdue} 项。</translation>
    </message>
    <message>
        <source>Big 5: &amp;when</source>
        <translation>Big 5：时间(&amp;W)</translation>
    </message>
    <message>
        <source>Big 5: what, where, &amp;who</source>
        <translation>Big 5：什么、哪里、谁(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tiers and students</source>
        <translation>层级与学生(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reporters and deciders</source>
        <translation>报告人与决定人(&amp;R)</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>按月份统计的事件</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>按类型统计的事件</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>已决定的措施</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>措施(&amp;A)</translation>
    </message>
    <message>
        <source>Incidents per school day, by month</source>
        <translation>每个上学日的事件数（按月）</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>一天中的时间</translation>
    </message>
    <message>
        <source>{hour}:00 to {hour}:59</source>
        <translation>{hour}:00 至 {hour}:59</translation>
    </message>
    <message>
        <source>Per school day of the weekday</source>
        <translation>每周各日的每个上学日</translation>
    </message>
    <message>
        <source>Behaviors (most frequent)</source>
        <translation>行为（最常见）</translation>
    </message>
    <message>
        <source>Locations (most frequent)</source>
        <translation>地点（最常见）</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>公平(&amp;E)</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>物质</translation>
    </message>
    <message>
        <source>{title}: none in this period</source>
        <translation>{title}：本期间没有</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>种族/族裔</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Disability (IEP, 504 or referral)</source>
        <translation>残障（IEP、504或转介）</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>英语学习者</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Students (most incidents)</source>
        <translation>学生（事件最多）</translation>
    </message>
    <message>
        <source>students at {band} incidents</source>
        <translation>有 {band} 起事件的学生</translation>
    </message>
    <message>
        <source>Students with 0-1, 2-5 and 6 or more incidents in the period, of the {n} enrolled. Click a band, or a student in the table, to see the incidents.</source>
        <translation>本期间有 0-1、2-5 及 6 起以上事件的学生（共 {n} 名在册学生）。点击一个层级或表中的学生即可查看事件。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Days excluded</source>
        <translation>停学天数</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未完成后续事项</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Students with the most incidents</source>
        <translation>事件最多的学生</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>报告人</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Share excluded</source>
        <translation>停学比例</translation>
    </message>
    <message>
        <source>Share excluded: out-of-school suspension or expulsion. Groups under {group} and counts under {cell} are not shown (-), as in the equity table.</source>
        <translation>停学比例：校外停学或开除。与公平表一样，少于 {group} 的组和少于 {cell} 的数目不显示（-）。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Click a bar to see its incidents</source>
        <translation>点击柱形即可查看其事件</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>群体过小</translation>
    </message>
    <message>
        <source>small count</source>
        <translation>人数过少</translation>
    </message>
    <message>
        <source>no one else excluded</source>
        <translation>无其他学生被排除</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残障</translation>
    </message>
    <message>
        <source>Risk: students with at least one out-of-school suspension or expulsion in the period, out of the students enrolled in the group. Risk ratio: the group&apos;s risk divided by the risk of all other students (above 1: excluded more often). Groups under {group} students and counts under {cell} are not shown, so that no student can be recognised.</source>
        <translation>比率：本期间至少被校外停学或开除一次的学生占该群体在籍学生的比例。风险比：该群体的比率除以其他所有学生的比率（大于 1 表示更常被停学）。少于 {group} 名学生的群体和小于 {cell} 的数字不予显示，以免识别出任何学生。</translation>
    </message>
    <message>
        <source>Risk ratio (1 = same as the other students)</source>
        <translation>风险比（1 = 与其他学生相同）</translation>
    </message>
    <message>
        <source>No group is large enough for a risk ratio in this period</source>
        <translation>本期间没有足够大的群体可计算风险比</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The day the student came back</source>
        <translation>学生返校的日期</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The student &amp;came back on:</source>
        <translation>学生返校日期(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>例如：周一至周五 7:30 至 16:00</translation>
    </message>
    <message>
        <source>On every family letter, so that the family knows whom to call.</source>
        <translation>印在每封致家长信上，让家长知道该打给谁。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Takes effect the next time DisciplineDesk starts.</source>
        <translation>下次启动 DisciplineDesk 时生效。</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> school years</source>
        <translation> 个学年</translation>
    </message>
    <message>
        <source>A purge never removes these school years, this one included.</source>
        <translation>清除永远不会删除这些学年（包括本学年）。</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>学校编号(&amp;I)：</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>学校地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>办公时间(&amp;H)：</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>学年开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Last senior day (60-day rule):</source>
        <translation>毕业班最后上课日（60 天规则）(&amp;L)：</translation>
    </message>
    <message>
        <source>Default &amp;decided by:</source>
        <translation>默认决定人(&amp;D)：</translation>
    </message>
    <message>
        <source>Ed-Fi descriptor &amp;namespace:</source>
        <translation>Ed-Fi 描述符命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage (from the next start):</source>
        <translation>界面语言（下次启动起）(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>窗口锁定时间(&amp;L)：</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>保留的每日备份数(&amp;B)：</translation>
    </message>
    <message>
        <source>A purge always &amp;keeps:</source>
        <translation>清除时始终保留(&amp;K)：</translation>
    </message>
    <message>
        <source>What is wrong with: {field}</source>
        <translation>有误的内容：{field}</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>更改密码短语(&amp;P)...</translation>
    </message>
    <message>
        <source>Sharing with the school&apos;s other laptops...</source>
        <translation>与学校其他电脑共享...</translation>
    </message>
    <message>
        <source>Not a day of the year: write the month and day as MM-DD, e.g. 09-01.</source>
        <translation>不是一年中的日期：请按 MM-DD 写月和日，例如 09-01。</translation>
    </message>
    <message>
        <source>Digits only: the school&apos;s number in the district&apos;s systems.</source>
        <translation>只能是数字：学校在学区系统中的编号。</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Shared with %n other laptop(s)</source>
        <translation>
            <numerusform>与另外 %n 台电脑共享</numerusform>
        </translation>
    </message>
    <message>
        <source>{laptops}, last exchange {when}</source>
        <translation>{laptops}，上次交换 {when}</translation>
    </message>
    <message>
        <source>{laptops}, no exchange yet</source>
        <translation>{laptops}，尚未交换</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not taken this time</source>
        <translation>
            <numerusform>本次有 %n 个文件未接收</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing: {problem}</source>
        <translation>共享：{problem}</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>The school&apos;s administrators share one record: each laptop writes an encrypted file to a folder they all reach (a school share, a synced cloud folder or a USB stick) and reads the others&apos;. No server; nothing leaves the school but through that folder.</source>
        <translation>学校的管理人员共用一份记录：每台电脑把一个加密文件写入大家都能访问的文件夹（学校的网络共享、同步的云文件夹或 U 盘），并读取其他电脑的文件。没有服务器；除了通过该文件夹，任何内容都不会离开学校。</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>开始共享(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join with a code...</source>
        <translation>用代码加入(&amp;J)...</translation>
    </message>
    <message>
        <source>Show the join &amp;code...</source>
        <translation>显示加入代码(&amp;C)...</translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation>立即交换(&amp;X)</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>停止共享(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Not shared. On the first laptop: choose the folder and Start sharing; then on each other laptop: the same folder and Join with the code.</source>
        <translation>未共享。在第一台电脑上：选择文件夹并开始共享；然后在每台其他电脑上：选择同一文件夹并用代码加入。</translation>
    </message>
    <message>
        <source>This laptop ({laptop}) shares the school&apos;s record through this folder.</source>
        <translation>这台电脑（{laptop}）通过此文件夹共享学校的记录。</translation>
    </message>
    <message>
        <source>Laptop {laptop}: last wrote {when}</source>
        <translation>电脑 {laptop}：上次写入于 {when}</translation>
    </message>
    <message>
        <source>No other laptop has written yet.</source>
        <translation>尚无其他电脑写入。</translation>
    </message>
    <message>
        <source>Choose the folder the laptops share first.</source>
        <translation>请先选择各台电脑共享的文件夹。</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <source>Join the school&apos;s record</source>
        <translation>加入学校的记录</translation>
    </message>
    <message>
        <source>The join code shown on the first laptop (eight groups of four):</source>
        <translation>第一台电脑上显示的加入代码（八组，每组四个）：</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>未加入</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>显示加入代码</translation>
    </message>
    <message>
        <source>The log&apos;s passphrase:</source>
        <translation>日志的密码短语：</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>这不是密码短语。</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入代码</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type this code once on each other laptop of the school (Settings &gt; Sharing &gt; Join with a code), with the same folder:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep it like a password: with the folder, it opens the school&apos;s record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在学校的每台其他电脑上输入一次此代码（设置 &gt; 共享 &gt; 用代码加入），并使用同一个文件夹：&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;请像密码一样保管：配合该文件夹，它能打开学校的记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>This laptop stops exchanging with the others. What it took in stays in its log, and what it wrote stays in the folder for the others.</source>
        <translation>这台电脑将停止与其他电脑交换。已接收的内容保留在它的日志中，已写入的内容保留在文件夹中供其他电脑使用。</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Who was involved</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Find the student by name or school id (the prior record comes from the log), then add anyone else involved.</source>
        <translation>按姓名或学号查找学生（以往记录来自日志），然后添加其他涉及人员。</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>输入姓名或学号</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>查找学生</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>The student is &amp;not in the roster: enter by hand</source>
        <translation>学生不在名单中：手动输入(&amp;N)</translation>
    </message>
    <message>
        <source>Student entered by hand</source>
        <translation>手动输入的学生</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>选择年级</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>504 条款计划</translation>
    </message>
    <message>
        <source>Special education referral pending</source>
        <translation>特殊教育转介待定</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>学校编号(&amp;I)：</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>姓(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>年级(&amp;G)：</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>家庭语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The student and prior record</source>
        <translation>学生及以往记录</translation>
    </message>
    <message>
        <source>Section 504</source>
        <translation>504 条款</translation>
    </message>
    <message>
        <source>special education referral pending</source>
        <translation>特殊教育转介待定</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade} 年级</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>没有 IEP、504 计划或转介记录</translation>
    </message>
    <message>
        <source>Exclusion days this school year: {days} of {limit}</source>
        <translation>本学年停学天数：{days}/{limit}</translation>
    </message>
    <message>
        <source>Incidents in the log: {count}</source>
        <translation>记录中的事件：{count}</translation>
    </message>
    <message>
        <source>Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution</source>
        <translation>物质违规：使用/持有 {uop} 次，转交 {transfer} 次，分发 {dist} 次</translation>
    </message>
    <message>
        <source>{id} is also listed among the others involved: a student has one role.</source>
        <translation>{id} 也列在其他涉及人员中：一名学生只有一个角色。</translation>
    </message>
    <message>
        <source>Choose a student from the roster, or enter one by hand.</source>
        <translation>从名单中选择学生，或手动输入。</translation>
    </message>
    <message>
        <source>Enter the student&apos;s school id.</source>
        <translation>请输入学生的学号。</translation>
    </message>
    <message>
        <source>Id {id} is already in the roster: find the student above instead.</source>
        <translation>学号 {id} 已在名单中：请在上方查找该学生。</translation>
    </message>
    <message>
        <source>Enter the student&apos;s first and last name.</source>
        <translation>请输入学生的名和姓。</translation>
    </message>
    <message>
        <source>Choose the student&apos;s grade.</source>
        <translation>请选择学生的年级。</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student: {name}</source>
        <translation>学生：{name}</translation>
    </message>
    <message>
        <source>referral pending</source>
        <translation>转介待定</translation>
    </message>
    <message>
        <source>Grade {grade} · family language: {language}</source>
        <translation>{grade} 年级 · 家庭语言：{language}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>没有 IEP、504 计划或转介记录</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>本学年</translation>
    </message>
    <message>
        <source>Days of suspension: {days} of {limit} school days</source>
        <translation>停学天数：{days}/{limit}个上学日</translation>
    </message>
    <message>
        <source>Strategies tried: {list}</source>
        <translation>已尝试的措施：{list}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}</source>
        <translation>物质记录：使用/持有 {uop} 次，转交 {transfer} 次，分发 {dist} 次；已达级别：{level}</translation>
    </message>
    <message>
        <source>Incidents ({count})</source>
        <translation>事件（{count}）</translation>
    </message>
    <message>
        <source>involved as: victim</source>
        <translation>涉及身份：受害者</translation>
    </message>
    <message>
        <source>involved as: witness</source>
        <translation>涉及身份：证人</translation>
    </message>
    <message>
        <source>involved as: reporter</source>
        <translation>涉及身份：报告人</translation>
    </message>
    <message>
        <source>{days} calendar days</source>
        <translation>{days}个日历日</translation>
    </message>
    <message>
        <source>{days} calendar day</source>
        <translation>{days}个日历日</translation>
    </message>
    <message>
        <source>{days} school days</source>
        <translation>{days}个上学日</translation>
    </message>
    <message>
        <source>{days} school day</source>
        <translation>{days}个上学日</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>学生记录</translation>
    </message>
    <message>
        <source>in school: {inside} school days; out of school: {outside}</source>
        <translation>校内：{inside} 个上学日；校外：{outside}</translation>
    </message>
    <message>
        <source>Excluded from after-school and off-campus activities until {day}</source>
        <translation>禁止参加课后及校外活动，直至 {day}</translation>
    </message>
    <message>
        <source>(over)</source>
        <translation>（已结束）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>{due}之前</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>What the handbook says</source>
        <translation>手册的规定</translation>
    </message>
    <message>
        <source>Responses start at the least intrusive. Check the ones you will use.</source>
        <translation>措施从干预最少的开始。请勾选您将采用的措施。</translation>
    </message>
    <message>
        <source>Type and matrix columns</source>
        <translation>类型和矩阵列</translation>
    </message>
    <message>
        <source>Suggested responses</source>
        <translation>建议的措施</translation>
    </message>
    <message>
        <source>&amp;Responses (who delivers them):</source>
        <translation>措施（由谁实施）(&amp;R)：</translation>
    </message>
    <message>
        <source>Records from other laptops</source>
        <translation>其他电脑的记录</translation>
    </message>
    <message>
        <source> (already tried)</source>
        <translation>（已尝试）</translation>
    </message>
    <message>
        <source>Records from other laptops as of {when}</source>
        <translation>其他电脑的记录截至 {when}</translation>
    </message>
    <message>
        <source>Records from other laptops: none taken in yet</source>
        <translation>其他电脑的记录：尚未接收</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>This is what will be recorded in the log when you press Finish.</source>
        <translation>按“完成”后，以下内容将被记录。</translation>
    </message>
    <message>
        <source>Summary of the decision</source>
        <translation>决定摘要</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>其他涉及人员</translation>
    </message>
    <message>
        <source>Back-entry</source>
        <translation>补录</translation>
    </message>
    <message>
        <source>A decision made before DisciplineDesk was used: it completes the prior record. No follow-ups are created.</source>
        <translation>在使用 DisciplineDesk 之前作出的决定：用于补全以往记录。不会创建后续事项。</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>，自{start}起%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>，自 {start} 起 {days} 天</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade} 年级</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>时间和地点</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>手册</translation>
    </message>
    <message>
        <source>Responses chosen</source>
        <translation>选定的措施</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>Factors documented</source>
        <translation>已记录的因素</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <source>The decision for {name} is not permitted as entered: choose {name} at the top of the Decision page.</source>
        <translation>{name} 的决定按目前输入不被允许：请在“决定”页面顶部选择 {name}。</translation>
    </message>
    <message>
        <source>The decision is not permitted as entered: go back to the Decision page.</source>
        <translation>按当前输入，此决定不被允许：请返回“决定”页。</translation>
    </message>
</context>
<context>
    <name>TierTriangle</name>
    <message>
        <source>Tiers of support</source>
        <translation>支持层级</translation>
    </message>
    <message numerus="yes">
        <source>{band} incidents: %n student(s) ({share}%)</source>
        <translation>
            <numerusform>{band} 起事件：%n 名学生（{share}%）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk 已锁定</translation>
    </message>
    <message>
        <source>The log in {folder} is encrypted. Enter its passphrase.</source>
        <translation>{folder} 中的记录已加密。请输入密码短语。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DisciplineDesk</source>
        <translation>欢迎使用 DisciplineDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;DisciplineDesk helps you decide what to do after a student&apos;s behavior, following the {handbook}. It works offline: the log of decisions stays on this computer, in {folder}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎&lt;/h2&gt;&lt;p&gt;DisciplineDesk 依据《{handbook}》帮助您决定学生出现行为问题后应如何处理。它离线工作：决定记录保存在本电脑的 {folder} 中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Rosewood Middle School</source>
        <translation>例如：Rosewood Middle School</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>例如：周一至周五 7:30 至 16:00</translation>
    </message>
    <message>
        <source>e.g. A. Rivera, Vice Principal</source>
        <translation>例如：A. Rivera，副校长</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>尚不知道</translation>
    </message>
    <message>
        <source>The 60-day rule for seniors needs it; it can be set later in Settings.</source>
        <translation>毕业班学生的 60 天规则需要此日期；以后可在设置中填写。</translation>
    </message>
    <message>
        <source>No calendar yet: weekends only</source>
        <translation>尚无校历：仅排除周末</translation>
    </message>
    <message>
        <source>Choose &amp;calendar...</source>
        <translation>选择校历(&amp;C)...</translation>
    </message>
    <message>
        <source>No roster yet: add students as you go</source>
        <translation>尚无学生名单：可随时添加学生</translation>
    </message>
    <message>
        <source>Choose &amp;roster...</source>
        <translation>选择学生名单(&amp;R)...</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>学校名称(&amp;N)：</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>学校地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>办公时间(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>电话(&amp;T)：</translation>
    </message>
    <message>
        <source>What is wrong with the school name</source>
        <translation>学校名称有误之处</translation>
    </message>
    <message>
        <source>What is wrong with the start of the year</source>
        <translation>学年开始日期有误之处</translation>
    </message>
    <message>
        <source>What is wrong with the calendar</source>
        <translation>校历有误之处</translation>
    </message>
    <message>
        <source>What is wrong with the roster</source>
        <translation>学生名单有误之处</translation>
    </message>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>密码短语有误之处</translation>
    </message>
    <message>
        <source>Why the log was not created</source>
        <translation>日志未创建的原因</translation>
    </message>
    <message>
        <source>Your name (“decided by”):</source>
        <translation>您的姓名（“决定人”）：</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>学年开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Last day for s&amp;eniors:</source>
        <translation>毕业班最后一天(&amp;E)：</translation>
    </message>
    <message>
        <source>Calendar (.ics or CSV):</source>
        <translation>校历（.ics 或 CSV）：</translation>
    </message>
    <message>
        <source>Roster (OneRoster or CSV):</source>
        <translation>学生名单（OneRoster 或 CSV）：</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>学校地址</translation>
    </message>
    <message>
        <source>School phone</source>
        <translation>学校电话</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Last day for seniors</source>
        <translation>毕业班最后一天</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>学年开始日期</translation>
    </message>
    <message>
        <source>Choose the school calendar</source>
        <translation>选择校历</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>选择学生名单</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Set up your school</source>
        <translation>设置您的学校</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is encrypted with a passphrase.&lt;/b&gt;</source>
        <translation>&lt;b&gt;记录使用密码短语加密。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explore with &amp;demo data</source>
        <translation>使用演示数据浏览(&amp;D)</translation>
    </message>
    <message>
        <source>Or look around first</source>
        <translation>或者先看看</translation>
    </message>
    <message>
        <source>A made-up school with a few hundred students and a year of decisions, in a separate folder ({folder}). The title bar says DEMO DATA while you use it.</source>
        <translation>一所虚构的学校，有几百名学生和一年的决定记录，存放在单独的文件夹（{folder}）中。使用期间标题栏会显示“演示数据”。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv)</source>
        <translation>校历 (*.ics *.csv)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>学生名单</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>学生名单 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name: it heads every letter and report.</source>
        <translation>请输入学校名称：它会出现在每封信和每份报告的开头。</translation>
    </message>
    <message>
        <source>Preparing the log...</source>
        <translation>正在准备记录...</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>密码短语有误之处</translation>
    </message>
    <message>
        <source>This passphrase does not open the log. Check it (capital letters, spaces) and try again.</source>
        <translation>此密码短语无法打开记录。请检查（大小写、空格）后重试。</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>How the school decided similar incidents</source>
        <translation>学校如何处理类似事件</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not revised</source>
        <translation>未修订</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s automatic backup was not made: {message}</source>
        <translation>今天的自动备份未完成：{message}</translation>
    </message>
</context>
</TS>
