<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DisciplineDesk</source>
        <translation>Giới thiệu DisciplineDesk</translation>
    </message>
    <message>
        <source>source text</source>
        <translation>văn bản gốc</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>đã được duyệt</translation>
    </message>
    <message>
        <source>draft, not yet reviewed by a qualified translator</source>
        <translation>bản nháp, chưa được dịch giả có chuyên môn duyệt</translation>
    </message>
    <message>
        <source>incomplete: not offered yet</source>
        <translation>chưa hoàn chỉnh: chưa cung cấp</translation>
    </message>
    <message>
        <source>Decision support for school discipline. The tool documents and advises; the administrator decides.</source>
        <translation>Hỗ trợ ra quyết định về kỷ luật học đường. Công cụ ghi nhận và tư vấn; quản trị viên quyết định.</translation>
    </message>
    <message>
        <source>Policy pack: {name}, {id} version {version}</source>
        <translation>Bộ quy định: {name}, {id} phiên bản {version}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>Family letters and the handbook&apos;s texts (definitions, findings):</source>
        <translation>Thư gửi gia đình và nội dung sổ tay (định nghĩa, lưu ý):</translation>
    </message>
    <message>
        <source>The interface (English is the source):</source>
        <translation>Giao diện (tiếng Anh là bản gốc):</translation>
    </message>
    <message>
        <source>Works offline. Nothing is sent anywhere.</source>
        <translation>Hoạt động không cần mạng. Không gửi dữ liệu đi đâu cả.</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add someone else</source>
        <translation>Thêm người khác</translation>
    </message>
    <message>
        <source>e.g. Ms. Ortiz</source>
        <translation>vd. cô Ortiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Người này là ai</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Còn thiếu gì</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Là ai:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Nhập tên của người này.</translation>
    </message>
</context>
<context>
    <name>AddStudentDialog</name>
    <message>
        <source>Add a student</source>
        <translation>Thêm học sinh</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Nhập tên hoặc mã học sinh</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Tìm học sinh</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Supports the school will offer</source>
        <translation>Những hỗ trợ nhà trường sẽ cung cấp</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Còn thiếu gì</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Học sinh:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Choose a student of the roster (a student already involved has one role).</source>
        <translation>Chọn một học sinh trong danh sách (học sinh đã có liên quan chỉ có một vai trò).</translation>
    </message>
</context>
<context>
    <name>BehaviorPage</name>
    <message>
        <source>Staff were involved (as the person affected)</source>
        <translation>Có nhân viên liên quan (là người bị ảnh hưởng)</translation>
    </message>
    <message>
        <source>Serious physical harm</source>
        <translation>Gây thương tích nghiêm trọng</translation>
    </message>
    <message>
        <source>Direct threat to the health or safety of others</source>
        <translation>Đe dọa trực tiếp đến sức khỏe hoặc an toàn của người khác</translation>
    </message>
    <message>
        <source>The student threatened violence or harm</source>
        <translation>Học sinh đe dọa bạo lực hoặc gây hại</translation>
    </message>
    <message>
        <source>Bias-based (race, religion, disability, identity...)</source>
        <translation>Do thành kiến (chủng tộc, tôn giáo, khuyết tật, bản dạng...)</translation>
    </message>
    <message>
        <source>Sex-based or sexual in nature</source>
        <translation>Dựa trên giới tính hoặc có tính chất tình dục</translation>
    </message>
    <message>
        <source>A look-alike weapon was involved</source>
        <translation>Có vật giống vũ khí</translation>
    </message>
    <message>
        <source>Substantial disruption of learning</source>
        <translation>Làm gián đoạn việc học đáng kể</translation>
    </message>
    <message>
        <source>The student disclosed it voluntarily</source>
        <translation>Học sinh tự nguyện khai báo</translation>
    </message>
    <message>
        <source>At a school-sponsored event or activity</source>
        <translation>Tại sự kiện hoặc hoạt động do trường tổ chức</translation>
    </message>
    <message>
        <source>Direct connection to school safety</source>
        <translation>Liên quan trực tiếp đến an toàn trường học</translation>
    </message>
    <message>
        <source>Handgun</source>
        <translation>Súng ngắn</translation>
    </message>
    <message>
        <source>Rifle or shotgun</source>
        <translation>Súng trường hoặc súng săn</translation>
    </message>
    <message>
        <source>Other firearm</source>
        <translation>Súng khác</translation>
    </message>
    <message>
        <source>Knife</source>
        <translation>Dao</translation>
    </message>
    <message>
        <source>Other sharp object</source>
        <translation>Vật sắc nhọn khác</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Gậy</translation>
    </message>
    <message>
        <source>Other object</source>
        <translation>Vật khác</translation>
    </message>
    <message>
        <source>Substance used as a weapon</source>
        <translation>Chất dùng làm vũ khí</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>What happened, from the handbook&apos;s behavior matrix.</source>
        <translation>Chuyện gì đã xảy ra, theo bảng hành vi của sổ tay.</translation>
    </message>
    <message>
        <source>e.g. cafeteria, bus, hallway</source>
        <translation>ví dụ: nhà ăn, xe buýt, hành lang</translation>
    </message>
    <message>
        <source>At school or on district property</source>
        <translation>Tại trường hoặc trong khuôn viên của học khu</translation>
    </message>
    <message>
        <source>At a school event</source>
        <translation>Tại một sự kiện của trường</translation>
    </message>
    <message>
        <source>On the way to or from school</source>
        <translation>Trên đường đến trường hoặc về nhà</translation>
    </message>
    <message>
        <source>Off campus or online</source>
        <translation>Ngoài trường hoặc trên mạng</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Vừa phải</translation>
    </message>
    <message>
        <source>Substantial</source>
        <translation>Đáng kể</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Khi nào:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Ở đâ&amp;u:</translation>
    </message>
    <message>
        <source>Ne&amp;xus:</source>
        <translation>&amp;Liên hệ với trường:</translation>
    </message>
    <message>
        <source>Community &amp;impact:</source>
        <translation>Ả&amp;nh hưởng đến cộng đồng:</translation>
    </message>
    <message>
        <source>Search behaviors</source>
        <translation>Tìm hành vi</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Rượu bia và ma túy</translation>
    </message>
    <message>
        <source>Behavior type</source>
        <translation>Loại hành vi</translation>
    </message>
    <message>
        <source>&amp;Behaviors (check all that apply):</source>
        <translation>&amp;Hành vi (đánh dấu tất cả những gì phù hợp):</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Chất gây nghiện</translation>
    </message>
    <message>
        <source>Behaviors checked</source>
        <translation>Các hành vi đã đánh dấu</translation>
    </message>
    <message>
        <source>Definition of the selected behavior</source>
        <translation>Định nghĩa của hành vi đã chọn</translation>
    </message>
    <message>
        <source>&amp;Description (what was seen and said):</source>
        <translation>&amp;Mô tả (những gì đã thấy và nghe):</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Facts that change what the handbook says</source>
        <translation>Các tình tiết làm thay đổi quy định của sổ tay</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Đã báo cảnh sát</translation>
    </message>
    <message>
        <source>A firearm must be reported to the police (p.25).</source>
        <translation>Súng phải được báo cho cảnh sát (tr. 25).</translation>
    </message>
    <message>
        <source>A back-entry is a decision made before today: enter the date the incident happened.</source>
        <translation>Mục nhập bổ sung là một quyết định đưa ra trước hôm nay: hãy nhập ngày xảy ra sự việc.</translation>
    </message>
    <message>
        <source>Weapon</source>
        <translation>Vũ khí</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Không ghi nhận</translation>
    </message>
    <message>
        <source>W&amp;eapon:</source>
        <translation>&amp;Vũ khí:</translation>
    </message>
    <message>
        <source>Checked: {names}</source>
        <translation>Đã đánh dấu: {names}</translation>
    </message>
    <message>
        <source>Check at least one behavior from the matrix.</source>
        <translation>Hãy đánh dấu ít nhất một hành vi trong bảng.</translation>
    </message>
    <message>
        <source>The description is {length} characters long; the log takes at most {limit}.</source>
        <translation>Phần mô tả dài {length} ký tự; nhật ký chỉ nhận tối đa {limit}.</translation>
    </message>
    <message>
        <source>Enter the date and time of the incident.</source>
        <translation>Nhập ngày và giờ xảy ra sự việc.</translation>
    </message>
    <message>
        <source>The incident&apos;s date and time are after now: check them.</source>
        <translation>Ngày giờ của sự việc ở sau thời điểm hiện tại: hãy kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>School calendar</source>
        <translation>Lịch học của trường</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>From file</source>
        <translation>Từ tệp</translation>
    </message>
    <message>
        <source>Non-school days</source>
        <translation>Ngày nghỉ học</translation>
    </message>
    <message>
        <source>&amp;Import a calendar file...</source>
        <translation>&amp;Nhập tệp lịch...</translation>
    </message>
    <message>
        <source>&amp;Remove selected days</source>
        <translation>&amp;Xóa các ngày đã chọn</translation>
    </message>
    <message numerus="yes">
        <source>%n non-school day(s) besides weekends.</source>
        <translation>
            <numerusform>%n ngày nghỉ học ngoài các ngày cuối tuần.</numerusform>
        </translation>
    </message>
    <message>
        <source>No non-school days yet: import the school calendar (.ics or CSV).</source>
        <translation>Chưa có ngày nghỉ học nào: hãy nhập lịch học của trường (.ics hoặc CSV).</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Nhập lịch</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv);;All files (*)</source>
        <translation>Lịch (*.ics *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} changed, {removed} removed.</source>
        <translation>Đã nhập {file}: thêm {added}, thay đổi {updated}, xóa {removed}.</translation>
    </message>
    <message>
        <source>Replace the earlier import</source>
        <translation>Thay thế lần nhập trước</translation>
    </message>
    <message>
        <source>{file} was imported before. This import adds {added} days, changes {updated} and removes {removed} that the file no longer has: {days}. Go ahead?</source>
        <translation>{file} đã được nhập trước đây. Lần nhập này thêm {added} ngày, thay đổi {updated} và xóa {removed} ngày mà tệp không còn nữa: {days}. Tiếp tục?</translation>
    </message>
    <message>
        <source>Remove non-school days</source>
        <translation>Xóa ngày nghỉ học</translation>
    </message>
    <message numerus="yes">
        <source>Make %n day(s) school days again? The change is kept in the audit trail.</source>
        <translation>
            <numerusform>Đặt lại %n ngày thành ngày đi học? Thay đổi được lưu trong nhật ký kiểm tra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Đổi cụm mật khẩu</translation>
    </message>
    <message>
        <source>The log is re-encrypted with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>Sổ ghi được mã hóa lại bằng cụm mật khẩu mới. Các bản sao lưu trước đó vẫn giữ cụm mật khẩu cũ.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cụm mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Cụm mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>Cụm mật khẩu hiện tại không đúng.</translation>
    </message>
</context>
<context>
    <name>Consistency</name>
    <message>
        <source>no exclusion</source>
        <translation>không loại trừ</translation>
    </message>
    <message>
        <source>in-school</source>
        <translation>trong trường</translation>
    </message>
    <message>
        <source>out-of-school</source>
        <translation>ngoài trường</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>điều trần</translation>
    </message>
    <message>
        <source>expulsion</source>
        <translation>đuổi học</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.</source>
        <translation>
            <numerusform>Ít hơn {minimum} quyết định tương tự trong sổ ghi năm học này và năm trước (%n): quá ít để cho thấy trường thường quyết định thế nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category}: {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n similar decision(s) this school year and last: {spread}.</source>
        <translation>
            <numerusform>%n quyết định tương tự trong năm học này và năm trước: {spread}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspension days: median {median}, most {most}.</source>
        <translation>Số ngày đình chỉ: trung vị {median}, nhiều nhất {most}.</translation>
    </message>
    <message numerus="yes">
        <source>The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.</source>
        <translation>
            <numerusform>Biện pháp đề xuất mang tính loại trừ cao hơn {less} trên %n quyết định và ngang bằng {same} quyết định.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextPage</name>
    <message>
        <source>Context</source>
        <translation>Bối cảnh</translation>
    </message>
    <message>
        <source>What has been tried, and what the rules need to know about the student.</source>
        <translation>Những gì đã thử và những gì quy định cần biết về học sinh.</translation>
    </message>
    <message>
        <source>Prior record</source>
        <translation>Hồ sơ trước đây</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation>&amp;IEP</translation>
    </message>
    <message>
        <source>Section &amp;504 plan</source>
        <translation>Kế hoạch Mục &amp;504</translation>
    </message>
    <message>
        <source>Special education &amp;referral pending</source>
        <translation>Đang chờ &amp;giới thiệu giáo dục đặc biệt</translation>
    </message>
    <message>
        <source>&amp;Strategies already tried this year (checked ones from the log cannot be unchecked):</source>
        <translation>&amp;Các biện pháp đã thử trong năm nay (mục đã đánh dấu từ sổ ghi không thể bỏ):</translation>
    </message>
    <message>
        <source>Strategies already tried</source>
        <translation>Các biện pháp đã thử</translation>
    </message>
    <message>
        <source>Search strategies (CICO, conference...)</source>
        <translation>Tìm chiến lược (CICO, họp...)</translation>
    </message>
    <message>
        <source>Search strategies</source>
        <translation>Tìm chiến lược</translation>
    </message>
    <message>
        <source>Alcohol and drugs</source>
        <translation>Rượu và ma túy</translation>
    </message>
    <message>
        <source>{strategy} (for: {answered})</source>
        <translation>{strategy} (cho: {answered})</translation>
    </message>
    <message>
        <source>Prior incidents in the log: {count}.</source>
        <translation>Số sự việc trước đây trong sổ ghi: {count}.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>You decide. The handbook&apos;s limits and requirements update as you type.</source>
        <translation>Quý vị quyết định. Giới hạn và yêu cầu của sổ tay được cập nhật khi quý vị nhập.</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses are not enough:</source>
        <translation>&amp;Vì sao các biện pháp đề xuất chưa đủ:</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Lý do cho nghỉ học</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Biện pháp:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Số ngày:</translation>
    </message>
    <message>
        <source>&amp;Starting:</source>
        <translation>&amp;Bắt đầu từ:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Người &amp;quyết định:</translation>
    </message>
    <message>
        <source>Why the decision &amp;changes:</source>
        <translation>Lý do quyết định &amp;thay đổi:</translation>
    </message>
    <message>
        <source>Reason for the revision</source>
        <translation>Lý do sửa đổi</translation>
    </message>
    <message>
        <source>Grounds for expulsion (at least one is required):</source>
        <translation>Căn cứ đuổi học (cần ít nhất một căn cứ):</translation>
    </message>
    <message>
        <source>&amp;Family view (F11)</source>
        <translation>&amp;Màn hình cho gia đình (F11)</translation>
    </message>
    <message>
        <source>The decision as the family will read it, full screen, in their language</source>
        <translation>Quyết định như gia đình sẽ đọc, toàn màn hình, bằng ngôn ngữ của họ</translation>
    </message>
    <message>
        <source>&amp;Why the suggested responses were not enough (if it is known):</source>
        <translation>&amp;Vì sao các biện pháp đề xuất đã không đủ (nếu biết):</translation>
    </message>
    <message>
        <source>Calendar days (at most one year).</source>
        <translation>Ngày theo lịch (tối đa một năm).</translation>
    </message>
    <message>
        <source>School days; for rest of day, the days after it.</source>
        <translation>Ngày học; với nghỉ phần còn lại trong ngày là những ngày sau đó.</translation>
    </message>
    <message>
        <source>This action cannot be recorded: {why} ({cite})</source>
        <translation>Không thể ghi biện pháp này: {why} ({cite})</translation>
    </message>
    <message>
        <source>An exclusion needs the reason the suggested responses were not enough.</source>
        <translation>Cho nghỉ học cần có lý do vì sao các biện pháp đề xuất chưa đủ.</translation>
    </message>
    <message>
        <source>Enter the number of school days.</source>
        <translation>Nhập số ngày học.</translation>
    </message>
    <message>
        <source>Enter who decided.</source>
        <translation>Nhập người quyết định.</translation>
    </message>
    <message>
        <source>A revision needs the reason the decision changes.</source>
        <translation>Lần sửa đổi cần có lý do quyết định thay đổi.</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>New decision</source>
        <translation>Quyết định mới</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Revise the decision: {name}</source>
        <translation>Sửa đổi quyết định: {name}</translation>
    </message>
    <message>
        <source>Enter a past decision (back-entry)</source>
        <translation>Nhập quyết định đã qua (nhập bổ sung)</translation>
    </message>
    <message>
        <source>Discard this decision?</source>
        <translation>Bỏ quyết định này?</translation>
    </message>
    <message>
        <source>What you entered will be discarded. Nothing has been recorded in the log.</source>
        <translation>Những gì quý vị đã nhập sẽ bị bỏ. Chưa có gì được ghi vào sổ.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Documents: {name}</source>
        <translation>Tài liệu: {name}</translation>
    </message>
    <message>
        <source>Decision summary (for the school&apos;s file)</source>
        <translation>Tóm tắt quyết định (lưu hồ sơ của trường)</translation>
    </message>
    <message>
        <source>Letter to the family</source>
        <translation>Thư gửi gia đình</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Whose documents</source>
        <translation>Tài liệu của ai</translation>
    </message>
    <message>
        <source>{name}: harmed (letter of the supports)</source>
        <translation>{name}: bị ảnh hưởng (thư về các hỗ trợ)</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (bản dịch nháp)</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Ngôn ngữ của thư</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Lưu thành PDF...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Letter to the family: the supports offered</source>
        <translation>Thư gửi gia đình: các hỗ trợ được cung cấp</translation>
    </message>
    <message>
        <source>The {language} text is a draft translation, not yet reviewed by a qualified translator. An English copy for the file follows the family&apos;s copy.</source>
        <translation>Văn bản {language} là bản dịch nháp, chưa được dịch giả có chuyên môn duyệt. Sau bản của gia đình là một bản tiếng Anh để lưu hồ sơ.</translation>
    </message>
    <message>
        <source>Confidential student record: for the school&apos;s file.</source>
        <translation>Hồ sơ học sinh bảo mật: lưu hồ sơ của trường.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>Decision summary</source>
        <translation>Tóm tắt quyết định</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Không mở được máy in.</translation>
    </message>
</context>
<context>
    <name>DraftContext</name>
    <message>
        <source>No behavior is checked for {name}: check one on the Behavior page.</source>
        <translation>Chưa đánh dấu hành vi nào cho {name}: hãy đánh dấu một hành vi ở trang Hành vi.</translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>What is missing on this page</source>
        <translation>Những gì còn thiếu trên trang này</translation>
    </message>
    <message>
        <source>&lt;b&gt;Back-entry&lt;/b&gt;: a decision made before DisciplineDesk was used, entered so that the student&apos;s prior record is complete. Enter it as it was made; the log marks it as a back-entry and creates no follow-ups.</source>
        <translation>&lt;b&gt;Nhập bổ sung&lt;/b&gt;: một quyết định được đưa ra trước khi dùng DisciplineDesk, được nhập để hồ sơ trước đây của học sinh được đầy đủ. Hãy nhập đúng như quyết định đã được đưa ra; nhật ký đánh dấu đây là mục nhập bổ sung và không tạo việc cần theo dõi.</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <source>Encrypt the log</source>
        <translation>Mã hóa sổ ghi</translation>
    </message>
    <message>
        <source>The log in {folder} is not encrypted yet. Set a passphrase: the log and its backups are then encrypted, and an encrypted copy of it is kept first.</source>
        <translation>Sổ ghi trong {folder} chưa được mã hóa. Hãy đặt cụm mật khẩu: sau đó sổ ghi và các bản sao lưu sẽ được mã hóa, và trước tiên một bản sao đã mã hóa được giữ lại.</translation>
    </message>
</context>
<context>
    <name>FactorsPage</name>
    <message>
        <source>Factors before exclusion</source>
        <translation>Các yếu tố trước khi cho nghỉ học</translation>
    </message>
    <message>
        <source>Before any suspension, hearing or expulsion, staff must consider each of these ({citation}).</source>
        <translation>Trước mọi hình thức đình chỉ, phiên điều trần hay đuổi học, nhân viên phải xem xét từng yếu tố sau ({citation}).</translation>
    </message>
    <message>
        <source>How many factors are documented</source>
        <translation>Số yếu tố đã được ghi nhận</translation>
    </message>
    <message>
        <source>How this was considered</source>
        <translation>Đã xem xét như thế nào</translation>
    </message>
    <message>
        <source>Yes, as recorded on the behavior page.</source>
        <translation>Có, theo ghi nhận trên trang hành vi.</translation>
    </message>
    <message>
        <source>No, as recorded on the behavior page.</source>
        <translation>Không, theo ghi nhận trên trang hành vi.</translation>
    </message>
    <message>
        <source>{done} of {total} factors documented. They are required before an exclusion, not before other responses.</source>
        <translation>Đã ghi nhận {done} trên {total} yếu tố. Các yếu tố này bắt buộc trước khi cho nghỉ học, không bắt buộc với các biện pháp khác.</translation>
    </message>
</context>
<context>
    <name>FamilyView</name>
    <message>
        <source>Family view</source>
        <translation>Màn hình cho gia đình</translation>
    </message>
    <message>
        <source>{language} (draft translation)</source>
        <translation>{language} (bản dịch nháp)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>What the family reads</source>
        <translation>Những gì gia đình đọc</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Draft translation: not yet reviewed by a qualified translator. The English letter is the reference.</source>
        <translation>Bản dịch nháp: chưa được dịch giả có chuyên môn duyệt. Thư tiếng Anh là bản chuẩn.</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Not permitted as entered</source>
        <translation>Không được phép như đã nhập</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Consult first</source>
        <translation>Hỏi ý kiến trước</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Để biết thêm</translation>
    </message>
    <message>
        <source>No findings: nothing in the handbook limits or requires anything more here.</source>
        <translation>Không có lưu ý: sổ tay không giới hạn hay yêu cầu thêm điều gì ở đây.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Các mốc ngày</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>có thể</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>substance level {level}</source>
        <translation>chất gây nghiện, mức {level}</translation>
    </message>
    <message>
        <source>suspension: {value}</source>
        <translation>đình chỉ: {value}</translation>
    </message>
    <message>
        <source>hearing: {value}</source>
        <translation>điều trần: {value}</translation>
    </message>
    <message>
        <source>Findings from the handbook</source>
        <translation>Nhận định theo sổ tay</translation>
    </message>
    <message>
        <source>Draft translation of the handbook&apos;s texts, not yet reviewed by a qualified translator. The log records them in the handbook&apos;s own language.</source>
        <translation>Bản dịch nháp các nội dung của sổ tay, chưa được phiên dịch viên có chuyên môn xem lại. Sổ ghi lưu chúng bằng ngôn ngữ gốc của sổ tay.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Việc cần làm tiếp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Việc cần làm sắp đến hạn</translation>
    </message>
    <message>
        <source>Mark &amp;done...</source>
        <translation>Đánh dấu đã &amp;xong...</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 ngày tới</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sau này</translation>
    </message>
    <message>
        <source>Two revisions of this decision were made on two laptops; the later one is current. Look at both together (the incident view shows them).</source>
        <translation>Quyết định này đã được sửa đổi hai lần trên hai máy tính; lần sau là bản hiện hành. Hãy cùng xem cả hai (màn hình sự việc có hiển thị).</translation>
    </message>
    <message>
        <source>by {time} today</source>
        <translation>trước {time} hôm nay</translation>
    </message>
    <message>
        <source>Mark done: {what}, for {student}, due {due}.</source>
        <translation>Đánh dấu đã xong: {what}, cho {student}, hạn {due}.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Note (what was done, when):</source>
        <translation>Ghi chú (đã làm gì, khi nào):</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Chưa đánh dấu</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Back to the family view</source>
        <translation>Quay lại màn hình cho gia đình</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>The incident</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>&amp;Documents...</source>
        <translation>&amp;Tài liệu...</translation>
    </message>
    <message>
        <source>Print or save the summary and the letters again</source>
        <translation>In hoặc lưu lại bản tóm tắt và các thư</translation>
    </message>
    <message>
        <source>&amp;Void the incident...</source>
        <translation>&amp;Hủy sự việc...</translation>
    </message>
    <message>
        <source>&amp;Revise a decision...</source>
        <translation>&amp;Sửa đổi một quyết định...</translation>
    </message>
    <message>
        <source>The decision page again: a new revision, the earlier kept</source>
        <translation>Lại trang quyết định: một lần sửa mới, bản trước vẫn được giữ</translation>
    </message>
    <message>
        <source>Incident: {when}, {where}</source>
        <translation>Sự việc: {when}, {where}</translation>
    </message>
    <message>
        <source>place not recorded</source>
        <translation>chưa ghi nơi xảy ra</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Đã hủy: {reason}</translation>
    </message>
    <message>
        <source>Back-entry: a decision made before DisciplineDesk was used, entered on {day} for the prior record.</source>
        <translation>Nhập bổ sung: một quyết định được đưa ra trước khi dùng DisciplineDesk, được nhập ngày {day} cho hồ sơ trước đây.</translation>
    </message>
    <message>
        <source>Reported by: {who}</source>
        <translation>Người báo cáo: {who}</translation>
    </message>
    <message>
        <source>Who was involved</source>
        <translation>Những ai có liên quan</translation>
    </message>
    <message>
        <source>did something</source>
        <translation>có hành vi</translation>
    </message>
    <message>
        <source>was harmed</source>
        <translation>bị ảnh hưởng</translation>
    </message>
    <message>
        <source>saw it</source>
        <translation>đã chứng kiến</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>đã báo cáo</translation>
    </message>
    <message>
        <source>void</source>
        <translation>đã hủy</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n ngày từ {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} ngày từ {start}</translation>
    </message>
    <message>
        <source>done {when}</source>
        <translation>đã xong {when}</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy bỏ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>Decisions and their revisions</source>
        <translation>Các quyết định và những lần sửa đổi</translation>
    </message>
    <message>
        <source>Revision {n}: {action}, by {who} on {when}</source>
        <translation>Lần sửa {n}: {action}, bởi {who} lúc {when}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>lý do: {reason}</translation>
    </message>
    <message>
        <source>why it changed: {reason}</source>
        <translation>lý do thay đổi: {reason}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>None printed or saved yet.</source>
        <translation>Chưa in hoặc lưu tài liệu nào.</translation>
    </message>
    <message>
        <source>{when}: {what}, by {who}, to {where}</source>
        <translation>{when}: {what}, bởi {who}, đến {where}</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>on another laptop</source>
        <translation>trên máy tính khác</translation>
    </message>
    <message>
        <source>Revise a decision</source>
        <translation>Sửa đổi một quyết định</translation>
    </message>
    <message>
        <source>Whose decision?</source>
        <translation>Quyết định của ai?</translation>
    </message>
    <message>
        <source>Void the incident</source>
        <translation>Hủy sự việc</translation>
    </message>
    <message>
        <source>Void this incident for everyone involved? It stays in the log, marked void with your reason, and no longer counts in any record or report.
Reason:</source>
        <translation>Hủy sự việc này cho tất cả những người liên quan? Sự việc vẫn còn trong sổ, được đánh dấu đã hủy kèm lý do của quý vị, và không còn được tính trong hồ sơ hay báo cáo nào.
Lý do:</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>Chưa hủy</translation>
    </message>
</context>
<context>
    <name>Involved</name>
    <message>
        <source>did something (own decision)</source>
        <translation>có hành vi (quyết định riêng)</translation>
    </message>
    <message>
        <source>was harmed (victim)</source>
        <translation>bị ảnh hưởng (nạn nhân)</translation>
    </message>
    <message>
        <source>saw it (witness)</source>
        <translation>đã chứng kiến (nhân chứng)</translation>
    </message>
    <message>
        <source>reported it</source>
        <translation>đã báo cáo</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Nhân viên</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Khách</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
</context>
<context>
    <name>InvolvedPanel</name>
    <message>
        <source>Others involved</source>
        <translation>Những người khác có liên quan</translation>
    </message>
    <message>
        <source>Add a s&amp;tudent...</source>
        <translation>Thêm &amp;học sinh...</translation>
    </message>
    <message>
        <source>Add someone &amp;else...</source>
        <translation>Thêm &amp;người khác...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ ra</translation>
    </message>
    <message>
        <source>Supports: {list}</source>
        <translation>Hỗ trợ: {list}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk đã khóa</translation>
    </message>
    <message>
        <source>The window was locked to keep student records private. Enter the passphrase to go on; nothing you entered is lost.</source>
        <translation>Cửa sổ đã khóa để bảo mật hồ sơ học sinh. Nhập cụm mật khẩu để tiếp tục; những gì quý vị đã nhập không bị mất.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Đó không phải là cụm mật khẩu.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Substance</source>
        <translation>Chất gây nghiện</translation>
    </message>
    <message>
        <source>{action} (back-entry)</source>
        <translation>{action} (nhập bổ sung)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Việc cần làm</translation>
    </message>
    <message numerus="yes">
        <source>%n victim(s)</source>
        <translation>
            <numerusform>%n nạn nhân</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n witness(es)</source>
        <translation>
            <numerusform>%n nhân chứng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n người báo cáo</numerusform>
        </translation>
    </message>
    <message>
        <source>offender</source>
        <translation>người có hành vi</translation>
    </message>
    <message>
        <source>victim</source>
        <translation>nạn nhân</translation>
    </message>
    <message>
        <source>witness</source>
        <translation>nhân chứng</translation>
    </message>
    <message>
        <source>reporter</source>
        <translation>người báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>{action}, %n day(s)</source>
        <translation>
            <numerusform>{action}, %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>{action}, {days} days</source>
        <translation>{action}, {days} ngày</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The log of incidents</source>
        <translation>Sổ ghi sự việc</translation>
    </message>
    <message>
        <source>Search descriptions and names</source>
        <translation>Tìm trong mô tả và tên</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Tìm trong sổ ghi</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tất cả biện pháp</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>Open &amp;follow-ups</source>
        <translation>Việc cần làm đang &amp;mở</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Bac&amp;k to the report</source>
        <translation>&amp;Quay lại báo cáo</translation>
    </message>
    <message>
        <source>Offline. Data folder: {path}</source>
        <translation>Không kết nối mạng. Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation>Quyết định &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Print or save documents...</source>
        <translation>&amp;In hoặc lưu tài liệu...</translation>
    </message>
    <message>
        <source>Import &amp;roster...</source>
        <translation>Nhập &amp;danh sách học sinh...</translation>
    </message>
    <message>
        <source>School &amp;calendar...</source>
        <translation>&amp;Lịch học của trường...</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>&amp;Sao lưu...</translation>
    </message>
    <message>
        <source>&amp;Find student...</source>
        <translation>Tìm &amp;học sinh...</translation>
    </message>
    <message>
        <source>Show &amp;all incidents</source>
        <translation>Hiện &amp;tất cả sự việc</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>&amp;Enter a past decision (back-entry)...</source>
        <translation>Nhập quyết định đã &amp;qua (nhập bổ sung)...</translation>
    </message>
    <message>
        <source>&amp;Open the incident</source>
        <translation>Mở sự &amp;việc</translation>
    </message>
    <message>
        <source>Re&amp;vise a decision...</source>
        <translation>Sửa đổi q&amp;uyết định...</translation>
    </message>
    <message>
        <source>Voi&amp;d the incident...</source>
        <translation>Hủ&amp;y sự việc...</translation>
    </message>
    <message>
        <source>Res&amp;tore...</source>
        <translation>&amp;Khôi phục...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Cài đặt...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Discipline report...</source>
        <translation>&amp;Báo cáo kỷ luật...</translation>
    </message>
    <message>
        <source>Behavior &amp;matrix</source>
        <translation>&amp;Bảng hành vi</translation>
    </message>
    <message>
        <source>&amp;About DisciplineDesk</source>
        <translation>&amp;Giới thiệu DisciplineDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Đã ghi quyết định.</translation>
    </message>
    <message>
        <source>Back-entry recorded.</source>
        <translation>Đã ghi mục nhập bổ sung.</translation>
    </message>
    <message>
        <source>a student</source>
        <translation>một học sinh</translation>
    </message>
    <message>
        <source>Unfinished decision</source>
        <translation>Quyết định chưa xong</translation>
    </message>
    <message>
        <source>A decision for {who} was not finished (saved {when} UTC). Resume it?</source>
        <translation>Một quyết định cho {who} chưa xong (đã lưu {when} UTC). Tiếp tục không?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message numerus="yes">
        <source>%n+ incident(s)</source>
        <translation>
            <numerusform>%n+ sự việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n sự việc</numerusform>
        </translation>
    </message>
    <message>
        <source>No students</source>
        <translation>Không có học sinh</translation>
    </message>
    <message>
        <source>Import a roster first (File &gt; Import roster).</source>
        <translation>Hãy nhập danh sách học sinh trước (Tệp &gt; Nhập danh sách học sinh).</translation>
    </message>
    <message>
        <source>Find student</source>
        <translation>Tìm học sinh</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Học sinh:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Nhập danh sách học sinh</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Danh sách học sinh (*.csv);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>This data folder holds the made-up demo school. Import real students into another data folder.</source>
        <translation>Thư mục dữ liệu này chứa trường mẫu hư cấu. Hãy nhập học sinh thật vào một thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <source>Importing the roster...</source>
        <translation>Đang nhập danh sách học sinh...</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>đã nhập %n học sinh</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n được cập nhật</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n không thay đổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed from names</source>
        <translation>
            <numerusform>đã bỏ %n ký tự điều khiển khỏi tên</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the log</source>
        <translation>Sao lưu sổ ghi</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3)</source>
        <translation>Bản sao lưu (*.sqlite3)</translation>
    </message>
    <message>
        <source>Writing the backup...</source>
        <translation>Đang ghi bản sao lưu...</translation>
    </message>
    <message>
        <source>Backup written to {result}.</source>
        <translation>Đã ghi bản sao lưu vào {result}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Backup (*.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu (*.sqlite3);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>The log will be replaced by the backup. The current log is kept in the backups folder first.</source>
        <translation>Sổ ghi sẽ được thay bằng bản sao lưu. Trước tiên, sổ ghi hiện tại được giữ trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Chưa khôi phục</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The log was restored from {path}. The previous log was kept as {kept}. Rolled back: {incidents} incidents, {decisions} decisions and {disclosures} disclosures that were recorded after the backup.</source>
        <translation>Nhật ký đã được khôi phục từ {path}. Nhật ký trước được giữ lại là {kept}. Đã hoàn tác những gì ghi sau bản sao lưu: {incidents} sự việc, {decisions} quyết định và {disclosures} lần tiết lộ.</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Cụm mật khẩu của bản sao lưu</translation>
    </message>
    <message>
        <source>{name} does not open with the log&apos;s passphrase. If it was made before the passphrase was changed, enter the passphrase it was made with:</source>
        <translation>{name} không mở được bằng cụm mật khẩu của nhật ký. Nếu bản này được tạo trước khi đổi cụm mật khẩu, hãy nhập cụm mật khẩu lúc tạo:</translation>
    </message>
    <message>
        <source>Replace with the demo school?</source>
        <translation>Thay bằng trường mẫu?</translation>
    </message>
    <message>
        <source>This backup is the made-up demo school ({demo}). Restoring it replaces the log of {school} with made-up students (the current log is kept in the backups folder). Replace it?</source>
        <translation>Bản sao lưu này là trường mẫu giả lập ({demo}). Khôi phục nó sẽ thay nhật ký của {school} bằng học sinh giả lập (nhật ký hiện tại được giữ trong thư mục sao lưu). Thay thế?</translation>
    </message>
    <message>
        <source>DEMO DATA (made-up students) — {title}</source>
        <translation>DỮ LIỆU MẪU (học sinh hư cấu) — {title}</translation>
    </message>
</context>
<context>
    <name>MatrixBrowser</name>
    <message>
        <source>Search behaviors, e.g. fight, phone, vape</source>
        <translation>Tìm hành vi, ví dụ: đánh nhau, điện thoại, thuốc lá điện tử</translation>
    </message>
    <message>
        <source>Search the behavior matrix</source>
        <translation>Tìm trong bảng hành vi</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Behavior matrix</source>
        <translation>Bảng hành vi</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Định nghĩa</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Alcohol and drugs (levels A, B, C)</source>
        <translation>Rượu bia và ma túy (mức A, B, C)</translation>
    </message>
    <message>
        <source>Substance (levels by count)</source>
        <translation>Chất gây nghiện (mức theo số lần)</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Behavior matrix</source>
        <translation>Bảng hành vi</translation>
    </message>
</context>
<context>
    <name>MonthDayEdit</name>
    <message>
        <source>{what}: month</source>
        <translation>{what}: tháng</translation>
    </message>
    <message>
        <source>{what}: day</source>
        <translation>{what}: ngày</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Cụm mật khẩu mới</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {minimum} characters: three or four unrelated words are easy to remember and hard to guess. Nobody can recover it: without it, the log and its backups cannot be opened. Keep it where the school keeps its other passwords.</source>
        <translation>Hãy chọn cụm mật khẩu dài ít nhất {minimum} ký tự: ba hoặc bốn từ không liên quan đến nhau vừa dễ nhớ vừa khó đoán. Không ai có thể khôi phục cụm mật khẩu: không có nó thì không thể mở sổ ghi và các bản sao lưu. Hãy cất giữ nó ở nơi nhà trường cất các mật khẩu khác.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cụm mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nhập lại:</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Độ mạnh: yếu</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Độ mạnh: khá</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Độ mạnh: mạnh</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase is too short ({length} characters; at least {minimum}).</source>
        <translation>Không chấp nhận: cụm mật khẩu quá ngắn ({length} ký tự; tối thiểu {minimum}).</translation>
    </message>
    <message>
        <source>Not accepted: the passphrase repeats too few characters to be hard to guess.</source>
        <translation>Không chấp nhận: cụm mật khẩu có quá ít ký tự khác nhau nên dễ đoán.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Hai cụm mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>OffenderSelector</name>
    <message>
        <source>Whose decision this page is about</source>
        <translation>Trang này là quyết định của ai</translation>
    </message>
    <message>
        <source>Decision f&amp;or:</source>
        <translation>Quyết định &amp;cho:</translation>
    </message>
    <message>
        <source>Each student has their own behaviors, factors and decision.</source>
        <translation>Mỗi học sinh có hành vi, các yếu tố và quyết định riêng.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The log is damaged</source>
        <translation>Sổ ghi bị hỏng</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask IT staff for the latest backup; the damaged file is left as it is.</source>
        <translation>{problem}

Không có bản sao lưu nào trong {folder}. Hãy hỏi nhân viên IT bản sao lưu mới nhất; tệp bị hỏng được giữ nguyên.</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest backup, {name} (made {when})? Decisions recorded after it will need to be entered again. The damaged file is kept aside.</source>
        <translation>{problem}

Khôi phục bản sao lưu mới nhất, {name} (tạo lúc {when})? Các quyết định được ghi sau đó sẽ phải nhập lại. Tệp bị hỏng được cất riêng.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Chưa khôi phục</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>The log was restored from {name}. The damaged file was kept as {aside}.</source>
        <translation>Sổ ghi đã được khôi phục từ {name}. Tệp bị hỏng được giữ lại với tên {aside}.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Discipline report</source>
        <translation>Báo cáo kỷ luật</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>Save as &amp;PDF...</source>
        <translation>Lưu thành &amp;PDF...</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Tất cả các lớp</translation>
    </message>
    <message>
        <source>Grades {band}</source>
        <translation>Lớp {band}</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>All behaviors</source>
        <translation>Tất cả hành vi</translation>
    </message>
    <message>
        <source>Grade band</source>
        <translation>Nhóm lớp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Các phần của báo cáo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ghi danh</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Bị cho nghỉ</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Risk ratio</source>
        <translation>Hệ số tỷ lệ</translation>
    </message>
    <message>
        <source>Exclusion by group</source>
        <translation>Cho nghỉ học theo nhóm</translation>
    </message>
    <message>
        <source>The end of the period is before its start: change the dates.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu: hãy sửa lại ngày.</translation>
    </message>
    <message>
        <source>Counting the period&apos;s decisions...</source>
        <translation>Đang đếm các quyết định trong khoảng thời gian...</translation>
    </message>
    <message>
        <source>From the report: {what}, {first} to {last}</source>
        <translation>Từ báo cáo: {what}, từ {first} đến {last}</translation>
    </message>
    <message>
        <source>Incidents: {incidents}; students involved as offenders: {students} (more than once: {repeat}); students excluded: {excluded}; days of suspension: {days:g}; follow-ups open: {open}, overdue: {overdue}.</source>
        <translation>Sự việc: {incidents}; học sinh có hành vi: {students} (hơn một lần: {repeat}); học sinh bị loại trừ: {excluded}; số ngày đình chỉ: {days:g}; việc cần làm đang mở: {open}, quá hạn: {overdue}.</translation>
    </message>
    <message>
        <source>Big 5: &amp;when</source>
        <translation>Big 5: &amp;khi nào</translation>
    </message>
    <message>
        <source>Big 5: what, where, &amp;who</source>
        <translation>Big 5: gì, ở đâu, &amp;ai</translation>
    </message>
    <message>
        <source>&amp;Tiers and students</source>
        <translation>&amp;Tầng hỗ trợ và học sinh</translation>
    </message>
    <message>
        <source>&amp;Reporters and deciders</source>
        <translation>&amp;Người báo cáo và người quyết định</translation>
    </message>
    <message>
        <source>Incidents by month</source>
        <translation>Sự việc theo tháng</translation>
    </message>
    <message>
        <source>Incidents by type</source>
        <translation>Sự việc theo loại</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Sự việc</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Các biện pháp đã quyết định</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Biện pháp</translation>
    </message>
    <message>
        <source>Incidents per school day, by month</source>
        <translation>Sự việc mỗi ngày học, theo tháng</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Thời điểm trong ngày</translation>
    </message>
    <message>
        <source>{hour}:00 to {hour}:59</source>
        <translation>từ {hour}:00 đến {hour}:59</translation>
    </message>
    <message>
        <source>Per school day of the weekday</source>
        <translation>Mỗi ngày học theo thứ trong tuần</translation>
    </message>
    <message>
        <source>Behaviors (most frequent)</source>
        <translation>Hành vi (thường gặp nhất)</translation>
    </message>
    <message>
        <source>Locations (most frequent)</source>
        <translation>Địa điểm (thường gặp nhất)</translation>
    </message>
    <message>
        <source>&amp;Equity</source>
        <translation>&amp;Công bằng</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Chất gây nghiện</translation>
    </message>
    <message>
        <source>{title}: none in this period</source>
        <translation>{title}: không có trong khoảng thời gian này</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>Chủng tộc/sắc tộc</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Disability (IEP, 504 or referral)</source>
        <translation>Khuyết tật (IEP, 504 hoặc giấy giới thiệu)</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Học sinh học tiếng Anh</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(không ghi nhận)</translation>
    </message>
    <message>
        <source>Students (most incidents)</source>
        <translation>Học sinh (nhiều sự việc nhất)</translation>
    </message>
    <message>
        <source>students at {band} incidents</source>
        <translation>học sinh có {band} sự việc</translation>
    </message>
    <message>
        <source>Students with 0-1, 2-5 and 6 or more incidents in the period, of the {n} enrolled. Click a band, or a student in the table, to see the incidents.</source>
        <translation>Học sinh có 0-1, 2-5 và từ 6 sự việc trở lên trong kỳ, trên {n} học sinh đang học. Bấm vào một tầng, hoặc một học sinh trong bảng, để xem các sự việc.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sự việc</translation>
    </message>
    <message>
        <source>Days excluded</source>
        <translation>Số ngày bị loại trừ</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Việc cần làm đang mở</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Kế hoạch hỗ trợ</translation>
    </message>
    <message>
        <source>Students with the most incidents</source>
        <translation>Học sinh có nhiều sự việc nhất</translation>
    </message>
    <message>
        <source>Who reported</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Share excluded</source>
        <translation>Tỷ lệ bị loại trừ</translation>
    </message>
    <message>
        <source>Share excluded: out-of-school suspension or expulsion. Groups under {group} and counts under {cell} are not shown (-), as in the equity table.</source>
        <translation>Tỷ lệ bị loại trừ: đình chỉ ngoài trường hoặc đuổi học. Không hiển thị (-) các nhóm dưới {group} và các số dưới {cell}, như trong bảng công bằng.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Click a bar to see its incidents</source>
        <translation>Bấm vào một cột để xem các sự việc</translation>
    </message>
    <message>
        <source>small group</source>
        <translation>nhóm nhỏ</translation>
    </message>
    <message>
        <source>small count</source>
        <translation>số lượng nhỏ</translation>
    </message>
    <message>
        <source>no one else excluded</source>
        <translation>không ai khác bị loại trừ</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Khuyết tật</translation>
    </message>
    <message>
        <source>Risk: students with at least one out-of-school suspension or expulsion in the period, out of the students enrolled in the group. Risk ratio: the group&apos;s risk divided by the risk of all other students (above 1: excluded more often). Groups under {group} students and counts under {cell} are not shown, so that no student can be recognised.</source>
        <translation>Tỷ lệ: số học sinh bị đình chỉ ngoài trường hoặc bị đuổi học ít nhất một lần trong khoảng thời gian, trên số học sinh ghi danh trong nhóm. Hệ số tỷ lệ: tỷ lệ của nhóm chia cho tỷ lệ của tất cả học sinh còn lại (trên 1: bị cho nghỉ nhiều hơn). Nhóm dưới {group} học sinh và con số dưới {cell} không được hiển thị, để không ai có thể nhận ra học sinh nào.</translation>
    </message>
    <message>
        <source>Risk ratio (1 = same as the other students)</source>
        <translation>Hệ số tỷ lệ (1 = bằng các học sinh khác)</translation>
    </message>
    <message>
        <source>No group is large enough for a risk ratio in this period</source>
        <translation>Không có nhóm nào đủ lớn để tính hệ số tỷ lệ trong khoảng thời gian này</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>Đã lưu báo cáo vào {path}.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu đã xong</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The day the student came back</source>
        <translation>Ngày học sinh trở lại</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>The student &amp;came back on:</source>
        <translation>Học sinh &amp;trở lại ngày:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>vd. thứ Hai đến thứ Sáu, 7:30 đến 4:00</translation>
    </message>
    <message>
        <source>On every family letter, so that the family knows whom to call.</source>
        <translation>Trên mọi thư gửi gia đình, để gia đình biết gọi cho ai.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Ngôn ngữ của hệ thống</translation>
    </message>
    <message>
        <source>Takes effect the next time DisciplineDesk starts.</source>
        <translation>Có hiệu lực từ lần khởi động DisciplineDesk tiếp theo.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source> school years</source>
        <translation> năm học</translation>
    </message>
    <message>
        <source>A purge never removes these school years, this one included.</source>
        <translation>Việc xóa dữ liệu cũ không bao giờ xóa các năm học này, kể cả năm nay.</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Mã trường:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Địa chỉ trường:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Giờ làm việc:</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>Năm học &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Last senior day (60-day rule):</source>
        <translation>&amp;Ngày học cuối của lớp 12 (quy tắc 60 ngày):</translation>
    </message>
    <message>
        <source>Default &amp;decided by:</source>
        <translation>Người &amp;quyết định mặc định:</translation>
    </message>
    <message>
        <source>Ed-Fi descriptor &amp;namespace:</source>
        <translation>Không gian &amp;tên mô tả Ed-Fi:</translation>
    </message>
    <message>
        <source>Interface lan&amp;guage (from the next start):</source>
        <translation>&amp;Ngôn ngữ giao diện (từ lần khởi động tới):</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Khóa cửa sổ sau:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Số bản &amp;sao lưu hằng ngày giữ lại:</translation>
    </message>
    <message>
        <source>A purge always &amp;keeps:</source>
        <translation>Xóa dữ liệu cũ luôn &amp;giữ lại:</translation>
    </message>
    <message>
        <source>What is wrong with: {field}</source>
        <translation>Điều chưa đúng ở: {field}</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase...</source>
        <translation>Đổi &amp;cụm mật khẩu...</translation>
    </message>
    <message>
        <source>Sharing with the school&apos;s other laptops...</source>
        <translation>Chia sẻ với các máy tính khác của trường...</translation>
    </message>
    <message>
        <source>Not a day of the year: write the month and day as MM-DD, e.g. 09-01.</source>
        <translation>Không phải một ngày trong năm: hãy viết tháng và ngày theo dạng MM-DD, ví dụ 09-01.</translation>
    </message>
    <message>
        <source>Digits only: the school&apos;s number in the district&apos;s systems.</source>
        <translation>Chỉ chữ số: mã số của trường trong hệ thống của học khu.</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Shared with %n other laptop(s)</source>
        <translation>
            <numerusform>Chia sẻ với %n máy tính khác</numerusform>
        </translation>
    </message>
    <message>
        <source>{laptops}, last exchange {when}</source>
        <translation>{laptops}, lần trao đổi gần nhất {when}</translation>
    </message>
    <message>
        <source>{laptops}, no exchange yet</source>
        <translation>{laptops}, chưa trao đổi lần nào</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not taken this time</source>
        <translation>
            <numerusform>%n tệp chưa nhận được lần này</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing: {problem}</source>
        <translation>Chia sẻ: {problem}</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing</source>
        <translation>Chia sẻ</translation>
    </message>
    <message>
        <source>The school&apos;s administrators share one record: each laptop writes an encrypted file to a folder they all reach (a school share, a synced cloud folder or a USB stick) and reads the others&apos;. No server; nothing leaves the school but through that folder.</source>
        <translation>Ban giám hiệu dùng chung một hồ sơ: mỗi máy tính ghi một tệp đã mã hóa vào một thư mục mà mọi máy đều truy cập được (thư mục mạng của trường, thư mục đám mây đồng bộ hoặc USB) và đọc tệp của các máy khác. Không có máy chủ; không gì rời khỏi trường ngoài qua thư mục đó.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Thư mục dùng chung</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Bắt đầu chia sẻ</translation>
    </message>
    <message>
        <source>&amp;Join with a code...</source>
        <translation>Tham &amp;gia bằng mã...</translation>
    </message>
    <message>
        <source>Show the join &amp;code...</source>
        <translation>Hiện &amp;mã...</translation>
    </message>
    <message>
        <source>E&amp;xchange now</source>
        <translation>T&amp;rao đổi ngay</translation>
    </message>
    <message>
        <source>S&amp;top sharing...</source>
        <translation>&amp;Ngừng chia sẻ...</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Thư mục:</translation>
    </message>
    <message>
        <source>Not shared. On the first laptop: choose the folder and Start sharing; then on each other laptop: the same folder and Join with the code.</source>
        <translation>Chưa chia sẻ. Trên máy tính đầu tiên: chọn thư mục và Bắt đầu chia sẻ; sau đó trên mỗi máy khác: cùng thư mục và Tham gia bằng mã.</translation>
    </message>
    <message>
        <source>This laptop ({laptop}) shares the school&apos;s record through this folder.</source>
        <translation>Máy tính này ({laptop}) chia sẻ hồ sơ của trường qua thư mục này.</translation>
    </message>
    <message>
        <source>Laptop {laptop}: last wrote {when}</source>
        <translation>Máy tính {laptop}: ghi lần cuối lúc {when}</translation>
    </message>
    <message>
        <source>No other laptop has written yet.</source>
        <translation>Chưa có máy tính nào khác ghi.</translation>
    </message>
    <message>
        <source>Choose the folder the laptops share first.</source>
        <translation>Trước hết hãy chọn thư mục mà các máy tính dùng chung.</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Chưa chia sẻ</translation>
    </message>
    <message>
        <source>Join the school&apos;s record</source>
        <translation>Tham gia hồ sơ của trường</translation>
    </message>
    <message>
        <source>The join code shown on the first laptop (eight groups of four):</source>
        <translation>Mã hiện trên máy tính đầu tiên (tám nhóm bốn ký tự):</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>Chưa tham gia</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Hiện mã tham gia</translation>
    </message>
    <message>
        <source>The log&apos;s passphrase:</source>
        <translation>Cụm mật khẩu của nhật ký:</translation>
    </message>
    <message>
        <source>That is not the passphrase.</source>
        <translation>Đó không phải cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Mã tham gia</translation>
    </message>
    <message>
        <source>&lt;p&gt;Type this code once on each other laptop of the school (Settings &gt; Sharing &gt; Join with a code), with the same folder:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keep it like a password: with the folder, it opens the school&apos;s record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nhập mã này một lần trên mỗi máy tính khác của trường (Cài đặt &gt; Chia sẻ &gt; Tham gia bằng mã), với cùng thư mục:&lt;/p&gt;&lt;p style=&apos;font-size: large&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hãy giữ mã như một mật khẩu: cùng với thư mục, mã mở được hồ sơ của trường.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Ngừng chia sẻ</translation>
    </message>
    <message>
        <source>This laptop stops exchanging with the others. What it took in stays in its log, and what it wrote stays in the folder for the others.</source>
        <translation>Máy tính này ngừng trao đổi với các máy khác. Những gì đã nhận vẫn ở trong nhật ký của nó, và những gì đã ghi vẫn ở trong thư mục cho các máy khác.</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>Who was involved</source>
        <translation>Những ai có liên quan</translation>
    </message>
    <message>
        <source>Find the student by name or school id (the prior record comes from the log), then add anyone else involved.</source>
        <translation>Tìm học sinh theo tên hoặc mã trường (hồ sơ trước đây lấy từ sổ), rồi thêm những người khác có liên quan.</translation>
    </message>
    <message>
        <source>Type a name or a student id</source>
        <translation>Nhập tên hoặc mã học sinh</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Tìm học sinh</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>The student is &amp;not in the roster: enter by hand</source>
        <translation>Học sinh &amp;không có trong danh sách: nhập tay</translation>
    </message>
    <message>
        <source>Student entered by hand</source>
        <translation>Học sinh nhập tay</translation>
    </message>
    <message>
        <source>Choose a grade</source>
        <translation>Chọn lớp</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Section 504 plan</source>
        <translation>Kế hoạch Mục 504</translation>
    </message>
    <message>
        <source>Special education referral pending</source>
        <translation>Đang chờ giới thiệu giáo dục đặc biệt</translation>
    </message>
    <message>
        <source>School &amp;id:</source>
        <translation>&amp;Mã trường:</translation>
    </message>
    <message>
        <source>First &amp;name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Họ:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Lớp:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Ngôn ngữ của gia đình:</translation>
    </message>
    <message>
        <source>The student and prior record</source>
        <translation>Học sinh và hồ sơ trước đây</translation>
    </message>
    <message>
        <source>Section 504</source>
        <translation>Mục 504</translation>
    </message>
    <message>
        <source>special education referral pending</source>
        <translation>đang chờ giới thiệu giáo dục đặc biệt</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>lớp {grade}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Không có IEP, kế hoạch 504 hay giới thiệu nào được ghi</translation>
    </message>
    <message>
        <source>Exclusion days this school year: {days} of {limit}</source>
        <translation>Số ngày bị cho nghỉ trong năm học: {days} trên {limit}</translation>
    </message>
    <message>
        <source>Incidents in the log: {count}</source>
        <translation>Số sự việc trong sổ ghi: {count}</translation>
    </message>
    <message>
        <source>Substance violations: {uop} use/possession, {transfer} transfer, {dist} distribution</source>
        <translation>Vi phạm về chất gây nghiện: {uop} sử dụng/tàng trữ, {transfer} chuyển giao, {dist} phân phối</translation>
    </message>
    <message>
        <source>{id} is also listed among the others involved: a student has one role.</source>
        <translation>{id} cũng có trong danh sách những người khác có liên quan: mỗi học sinh chỉ có một vai trò.</translation>
    </message>
    <message>
        <source>Choose a student from the roster, or enter one by hand.</source>
        <translation>Chọn một học sinh trong danh sách hoặc nhập tay.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s school id.</source>
        <translation>Nhập mã học sinh.</translation>
    </message>
    <message>
        <source>Id {id} is already in the roster: find the student above instead.</source>
        <translation>Mã {id} đã có trong danh sách: hãy tìm học sinh ở trên.</translation>
    </message>
    <message>
        <source>Enter the student&apos;s first and last name.</source>
        <translation>Nhập tên và họ của học sinh.</translation>
    </message>
    <message>
        <source>Choose the student&apos;s grade.</source>
        <translation>Chọn lớp của học sinh.</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Student: {name}</source>
        <translation>Học sinh: {name}</translation>
    </message>
    <message>
        <source>referral pending</source>
        <translation>đang chờ giới thiệu</translation>
    </message>
    <message>
        <source>Grade {grade} · family language: {language}</source>
        <translation>Lớp {grade} · ngôn ngữ của gia đình: {language}</translation>
    </message>
    <message>
        <source>No IEP, 504 plan or referral recorded</source>
        <translation>Không có IEP, kế hoạch 504 hay giới thiệu nào được ghi</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Năm học này</translation>
    </message>
    <message>
        <source>Days of suspension: {days} of {limit} school days</source>
        <translation>Số ngày đình chỉ: {days} trên {limit} ngày học</translation>
    </message>
    <message>
        <source>Strategies tried: {list}</source>
        <translation>Các biện pháp đã thử: {list}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>Substance record: {uop} use/possession, {transfer} transfer, {dist} distribution; level reached: {level}</source>
        <translation>Hồ sơ chất gây nghiện: {uop} sử dụng/tàng trữ, {transfer} chuyển giao, {dist} phân phối; mức đã đến: {level}</translation>
    </message>
    <message>
        <source>Incidents ({count})</source>
        <translation>Sự việc ({count})</translation>
    </message>
    <message>
        <source>involved as: victim</source>
        <translation>liên quan với tư cách: nạn nhân</translation>
    </message>
    <message>
        <source>involved as: witness</source>
        <translation>liên quan với tư cách: nhân chứng</translation>
    </message>
    <message>
        <source>involved as: reporter</source>
        <translation>liên quan với tư cách: người báo cáo</translation>
    </message>
    <message>
        <source>{days} calendar days</source>
        <translation>{days} ngày dương lịch</translation>
    </message>
    <message>
        <source>{days} calendar day</source>
        <translation>{days} ngày dương lịch</translation>
    </message>
    <message>
        <source>{days} school days</source>
        <translation>{days} ngày học</translation>
    </message>
    <message>
        <source>{days} school day</source>
        <translation>{days} ngày học</translation>
    </message>
    <message>
        <source>Student record</source>
        <translation>Hồ sơ học sinh</translation>
    </message>
    <message>
        <source>in school: {inside} school days; out of school: {outside}</source>
        <translation>trong trường: {inside} ngày học; ngoài trường: {outside}</translation>
    </message>
    <message>
        <source>Excluded from after-school and off-campus activities until {day}</source>
        <translation>Không được tham gia hoạt động sau giờ học và ngoài trường đến {day}</translation>
    </message>
    <message>
        <source>(over)</source>
        <translation>(đã hết)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>trước {due}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>What the handbook says</source>
        <translation>Sổ tay quy định gì</translation>
    </message>
    <message>
        <source>Responses start at the least intrusive. Check the ones you will use.</source>
        <translation>Các biện pháp bắt đầu từ nhẹ nhất. Đánh dấu những biện pháp quý vị sẽ dùng.</translation>
    </message>
    <message>
        <source>Type and matrix columns</source>
        <translation>Loại và các cột của bảng</translation>
    </message>
    <message>
        <source>Suggested responses</source>
        <translation>Các biện pháp đề xuất</translation>
    </message>
    <message>
        <source>&amp;Responses (who delivers them):</source>
        <translation>&amp;Biện pháp (ai thực hiện):</translation>
    </message>
    <message>
        <source>Records from other laptops</source>
        <translation>Hồ sơ từ các máy tính khác</translation>
    </message>
    <message>
        <source> (already tried)</source>
        <translation> (đã thử)</translation>
    </message>
    <message>
        <source>Records from other laptops as of {when}</source>
        <translation>Hồ sơ từ các máy tính khác tính đến {when}</translation>
    </message>
    <message>
        <source>Records from other laptops: none taken in yet</source>
        <translation>Hồ sơ từ các máy tính khác: chưa nhận được gì</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>This is what will be recorded in the log when you press Finish.</source>
        <translation>Đây là những gì sẽ được ghi vào sổ khi quý vị nhấn Hoàn tất.</translation>
    </message>
    <message>
        <source>Summary of the decision</source>
        <translation>Tóm tắt quyết định</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>Những người khác có liên quan</translation>
    </message>
    <message>
        <source>Back-entry</source>
        <translation>Nhập bổ sung</translation>
    </message>
    <message>
        <source>A decision made before DisciplineDesk was used: it completes the prior record. No follow-ups are created.</source>
        <translation>Một quyết định được đưa ra trước khi dùng DisciplineDesk: nó làm đầy đủ hồ sơ trước đây. Không tạo việc cần theo dõi.</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) from {start}</source>
        <translation>
            <numerusform>, %n ngày từ {start}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {days} days from {start}</source>
        <translation>, {days} ngày từ {start}</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>lớp {grade}</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Khi nào và ở đâu</translation>
    </message>
    <message>
        <source>Behaviors</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Sổ tay</translation>
    </message>
    <message>
        <source>Responses chosen</source>
        <translation>Các biện pháp đã chọn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Biện pháp</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Factors documented</source>
        <translation>Các yếu tố đã ghi nhận</translation>
    </message>
    <message>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <source>The decision for {name} is not permitted as entered: choose {name} at the top of the Decision page.</source>
        <translation>Quyết định cho {name} không được phép như đã nhập: chọn {name} ở đầu trang Quyết định.</translation>
    </message>
    <message>
        <source>The decision is not permitted as entered: go back to the Decision page.</source>
        <translation>Quyết định như đã nhập không được phép: hãy quay lại trang Quyết định.</translation>
    </message>
</context>
<context>
    <name>TierTriangle</name>
    <message>
        <source>Tiers of support</source>
        <translation>Các tầng hỗ trợ</translation>
    </message>
    <message numerus="yes">
        <source>{band} incidents: %n student(s) ({share}%)</source>
        <translation>
            <numerusform>{band} sự việc: %n học sinh ({share}%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DisciplineDesk is locked</source>
        <translation>DisciplineDesk đã khóa</translation>
    </message>
    <message>
        <source>The log in {folder} is encrypted. Enter its passphrase.</source>
        <translation>Sổ ghi trong {folder} đã được mã hóa. Hãy nhập cụm mật khẩu.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to DisciplineDesk</source>
        <translation>Chào mừng đến với DisciplineDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;DisciplineDesk helps you decide what to do after a student&apos;s behavior, following the {handbook}. It works offline: the log of decisions stays on this computer, in {folder}.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Chào mừng&lt;/h2&gt;&lt;p&gt;DisciplineDesk giúp quý vị quyết định cần làm gì sau hành vi của học sinh, theo {handbook}. Chương trình hoạt động không cần mạng: sổ ghi quyết định được lưu trên máy tính này, trong {folder}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. Rosewood Middle School</source>
        <translation>ví dụ: Rosewood Middle School</translation>
    </message>
    <message>
        <source>e.g. Monday to Friday, 7:30 to 4:00</source>
        <translation>vd. thứ Hai đến thứ Sáu, 7:30 đến 4:00</translation>
    </message>
    <message>
        <source>e.g. A. Rivera, Vice Principal</source>
        <translation>vd. A. Rivera, Phó hiệu trưởng</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>The 60-day rule for seniors needs it; it can be set later in Settings.</source>
        <translation>Quy tắc 60 ngày cho học sinh lớp cuối cần thông tin này; có thể nhập sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>No calendar yet: weekends only</source>
        <translation>Chưa có lịch: chỉ tính cuối tuần</translation>
    </message>
    <message>
        <source>Choose &amp;calendar...</source>
        <translation>Chọn &amp;lịch...</translation>
    </message>
    <message>
        <source>No roster yet: add students as you go</source>
        <translation>Chưa có danh sách: thêm học sinh khi cần</translation>
    </message>
    <message>
        <source>Choose &amp;roster...</source>
        <translation>Chọn &amp;danh sách học sinh...</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Tên trường:</translation>
    </message>
    <message>
        <source>School &amp;address:</source>
        <translation>&amp;Địa chỉ trường:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Giờ làm việc:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>What is wrong with the school name</source>
        <translation>Điều chưa đúng ở tên trường</translation>
    </message>
    <message>
        <source>What is wrong with the start of the year</source>
        <translation>Điều chưa đúng ở ngày bắt đầu năm học</translation>
    </message>
    <message>
        <source>What is wrong with the calendar</source>
        <translation>Điều chưa đúng ở lịch học</translation>
    </message>
    <message>
        <source>What is wrong with the roster</source>
        <translation>Điều chưa đúng ở danh sách học sinh</translation>
    </message>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Điều chưa đúng ở cụm mật khẩu</translation>
    </message>
    <message>
        <source>Why the log was not created</source>
        <translation>Vì sao nhật ký chưa được tạo</translation>
    </message>
    <message>
        <source>Your name (“decided by”):</source>
        <translation>Tên của quý vị (“người quyết định”):</translation>
    </message>
    <message>
        <source>School year &amp;starts:</source>
        <translation>Năm học &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>Last day for s&amp;eniors:</source>
        <translation>Ngày cuối cho học sinh lớp &amp;cuối:</translation>
    </message>
    <message>
        <source>Calendar (.ics or CSV):</source>
        <translation>Lịch (.ics hoặc CSV):</translation>
    </message>
    <message>
        <source>Roster (OneRoster or CSV):</source>
        <translation>Danh sách học sinh (OneRoster hoặc CSV):</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <source>School address</source>
        <translation>Địa chỉ trường</translation>
    </message>
    <message>
        <source>School phone</source>
        <translation>Điện thoại của trường</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Giờ làm việc</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của quý vị</translation>
    </message>
    <message>
        <source>Last day for seniors</source>
        <translation>Ngày cuối cho học sinh lớp cuối</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Năm học bắt đầu</translation>
    </message>
    <message>
        <source>Choose the school calendar</source>
        <translation>Chọn lịch của trường</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Chọn danh sách học sinh</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>Set up your school</source>
        <translation>Thiết lập trường của quý vị</translation>
    </message>
    <message>
        <source>&lt;b&gt;The log is encrypted with a passphrase.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sổ ghi được mã hóa bằng cụm mật khẩu.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Explore with &amp;demo data</source>
        <translation>Khám phá với &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Or look around first</source>
        <translation>Hoặc xem thử trước</translation>
    </message>
    <message>
        <source>A made-up school with a few hundred students and a year of decisions, in a separate folder ({folder}). The title bar says DEMO DATA while you use it.</source>
        <translation>Một trường hư cấu với vài trăm học sinh và các quyết định trong một năm, trong một thư mục riêng ({folder}). Khi quý vị dùng, thanh tiêu đề ghi DỮ LIỆU MẪU.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Lịch của trường</translation>
    </message>
    <message>
        <source>Calendar (*.ics *.csv)</source>
        <translation>Lịch (*.ics *.csv)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách học sinh</translation>
    </message>
    <message>
        <source>Roster (*.csv);;All files (*)</source>
        <translation>Danh sách học sinh (*.csv);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Enter the school&apos;s name: it heads every letter and report.</source>
        <translation>Nhập tên trường: tên này ở đầu mọi thư và báo cáo.</translation>
    </message>
    <message>
        <source>Preparing the log...</source>
        <translation>Đang chuẩn bị sổ ghi...</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <source>What is wrong with the passphrase</source>
        <translation>Điều chưa đúng ở cụm mật khẩu</translation>
    </message>
    <message>
        <source>This passphrase does not open the log. Check it (capital letters, spaces) and try again.</source>
        <translation>Cụm mật khẩu này không mở được sổ ghi. Hãy kiểm tra lại (chữ hoa, dấu cách) rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>How the school decided similar incidents</source>
        <translation>Trường đã quyết định các sự việc tương tự như thế nào</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not recorded</source>
        <translation>Chưa ghi nhận</translation>
    </message>
    <message>
        <source>Not revised</source>
        <translation>Chưa sửa đổi</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Today&apos;s automatic backup was not made: {message}</source>
        <translation>Chưa tạo được bản sao lưu tự động hôm nay: {message}</translation>
    </message>
</context>
</TS>
