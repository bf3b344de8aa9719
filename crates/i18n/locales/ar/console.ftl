# The staff console: its frame, the clients, the portal builder, the outbox, activity,
# API keys and webhooks. Each part has a section of its own.

## محرّر البوابة: نص تسجيل الدخول

portal-title = البوابة
portal-saving = جارٍ الحفظ…
login-text-heading = نص تسجيل الدخول
login-text-intro = يظهر فوق نموذج تسجيل الدخول.
login-text-open-login-page = فتح صفحة تسجيل الدخول
login-text-new-tab = (تُفتح في علامة تبويب جديدة)
login-text-language-default = { $language } (الافتراضية)
login-text-language-hint-other = اللغة التي ليس لها نص خاص بها تعرض نص اللغة الافتراضية. اترك الحقل فارغًا لإبقاء الأمر كذلك.
login-text-language-hint-default = كل لغة ليس لها نص خاص بها تعرض هذا النص.
login-text-field-label = نص تسجيل الدخول (Markdown)
login-text-field-label-in = نص تسجيل الدخول باللغة { $language } (Markdown)
login-text-count = الأحرف: { $count } من { $max }
login-text-preview-heading = معاينة
login-text-fallback = لا يوجد نص خاص بهذه اللغة بعد: تعرض صفحة تسجيل الدخول نص اللغة الافتراضية، كما يظهر أدناه.
login-text-preview-failed = تعذّر تشغيل المعاينة المباشرة. لا يزال الحفظ يعمل: تحقّق من صفحة تسجيل الدخول بعد الحفظ.
login-text-save = حفظ نص تسجيل الدخول
login-text-discard = تجاهل التغييرات
login-text-unsaved = توجد تغييرات غير محفوظة.
login-text-discarded = تم تجاهل التغييرات.
login-text-discard-question = هل تريد تجاهل تغييراتك غير المحفوظة على نص تسجيل الدخول بهذه اللغة؟
login-text-saved = تم حفظ نص تسجيل الدخول. تعرضه صفحة تسجيل الدخول الآن.
login-text-help = مساعدة في التنسيق
login-text-help-emphasis = { $heading } لعنوان، و{ $bold } و{ $italic }.
login-text-help-link = { $example } لرابط يُفتح في علامة التبويب نفسها.
login-text-help-external = أنهِ عنوان الرابط بـ { $marker } ليُفتح في علامة تبويب جديدة: { $example }
login-text-help-more = الجداول والقوائم و{ $strikethrough } تعمل أيضًا. تُحذف شيفرات HTML والبرامج النصية.

## الهوية البصرية

branding-heading = الهوية البصرية
branding-intro = اسم صفحة تسجيل الدخول وشعارها وألوانها، وكذلك صفحات العملاء ولوحة التحكم هذه ورسائل البريد الإلكتروني.
branding-name = اسم البوابة
branding-name-hint = في عناوين الصفحات والشريط العلوي وبوصفه اسم مرسل رسائل البريد الإلكتروني. بحد أقصى { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
branding-accent = اللون المميّز
branding-accent-pick = اختيار اللون المميّز
branding-accent-dark = اللون المميّز في الوضع الداكن
branding-accent-dark-pick = اختيار اللون المميّز في الوضع الداكن
branding-hex-hint = أدخل رمزًا ست عشريًا، مثل { $example }.
branding-contrast-light-meets = { $ratio } على الصفحة الفاتحة: يستوفي WCAG AA.
branding-contrast-light-below = { $ratio } على الصفحة الفاتحة: أقل من { $min } التي تحتاجها الروابط والأزرار.
branding-contrast-dark-meets = { $ratio } على الصفحة الداكنة: يستوفي WCAG AA.
branding-contrast-dark-below = { $ratio } على الصفحة الداكنة: أقل من { $min } التي تحتاجها الروابط والأزرار.
branding-logo = الشعار
branding-logo-hint = بصيغة PNG أو JPEG أو WebP، بحجم أقصاه 256 كيلوبايت. يظهر بارتفاع 40 بكسل بجانب الاسم.
branding-remove-logo = إزالة الشعار
branding-preview-heading = كيف يبدو
branding-light-mode = الوضع الفاتح
branding-dark-mode = الوضع الداكن
branding-save = حفظ الهوية البصرية
branding-saved = تم حفظ الهوية البصرية. تستخدمها كل الصفحات الآن.
branding-fields-need-attention = { $count ->
    [zero] لا توجد حقول تحتاج إلى مراجعة.
    [one] حقل واحد يحتاج إلى مراجعة.
    [two] حقلان يحتاجان إلى مراجعة.
    [few] { $count } حقول تحتاج إلى مراجعة.
    [many] { $count } حقلًا تحتاج إلى مراجعة.
   *[other] { $count } حقل تحتاج إلى مراجعة.
}
branding-problem-name-missing = أدخل اسم البوابة.
branding-problem-name-too-long = طول الاسم { $chars ->
    [few] { $chars } أحرف
    [many] { $chars } حرفًا
   *[other] { $chars } حرف
}، والحد الأقصى { $max }.
branding-problem-name-one-line = يجب أن يتسع الاسم في سطر واحد.
branding-problem-not-a-colour = هذا ليس رمز لون: استخدم # متبوعة بستة أرقام ست عشرية، مثل { $example }.
branding-problem-contrast-light = تباين اللون { $colour } على الصفحة الفاتحة { $ratio }، وتحتاج الروابط والأزرار إلى { $min } على الأقل. اختر لونًا أغمق.
branding-problem-contrast-dark = تباين اللون { $colour } على الصفحة الداكنة { $ratio }، وتحتاج الروابط والأزرار إلى { $min } على الأقل. اختر لونًا أفتح.
branding-problem-logo-type = اختر صورة بصيغة PNG أو JPEG أو WebP (لا تُقبل صيغة SVG).
branding-problem-logo-too-large = حجم الشعار { $size } كيلوبايت، والحد الأقصى { $max } كيلوبايت.

## الإعدادات

settings-heading = الإعدادات
settings-account-password = كلمة مرور الحساب
settings-account-password-hint = يمكن للعملاء تغيير كلمة المرور من قائمة الحساب في البوابة.
settings-reset-lifetime = مدة صلاحية رابط إعادة التعيين (بالساعات)
settings-reset-lifetime-hint = المدة التي يعمل فيها رابط إعادة التعيين المرسل بالبريد الإلكتروني: من 1 إلى 168 ساعة.
settings-reuse-window = مهلة إعادة الاستخدام (بالساعات)
settings-reuse-window-hint = إعادة الطلب خلال هذه المدة تُرسل الرابط نفسه مرة أخرى؛ والقيمة 0 تُرسل رابطًا جديدًا دائمًا.
settings-first-sign-in = مهلة التغيير عند أول تسجيل دخول (بالدقائق)
settings-first-sign-in-hint = المدة المتاحة للعميل الذي يسجّل الدخول بكلمة مرور عيّنتها أنت ليختار كلمة مروره الخاصة: من 1 إلى 1440 دقيقة.
settings-min-password = الحد الأدنى لطول كلمة المرور (بالأحرف)
settings-min-password-hint = من 8 إلى 64، تُعدّ بالأحرف، لتُحتسب كل الأبجديات بالطريقة نفسها.
settings-number-hours = أدخل عدد الساعات، مثل { $example }.
settings-number-minutes = أدخل عدد الدقائق، مثل { $example }.
settings-number-characters = أدخل عدد الأحرف، مثل { $example }.
settings-human-check = التحقق البشري
settings-human-check-about = تحقّق بإثبات العمل يحلّه المتصفح في الخلفية، دون أي لغز يجب حلّه، قبل أن يُسمح له بالمتابعة.
settings-human-check-off = متوقف
settings-human-check-off-hint = لا يُطلب أبدًا. بعد تجاوز الحدود، تنتظر عمليات تسجيل الدخول وتُتجاهل طلبات إعادة التعيين.
settings-human-check-automatic = تلقائي
settings-human-check-automatic-hint = يُطلب عندما تبدو حركة المرور كإساءة استخدام: تسجيلات الدخول على أجهزة جديدة بعد محاولات فاشلة، أو طلبات إعادة تعيين كثيرة من عنوان واحد، أو رسائل بريد إلكتروني أو عملاء جدد كثيرون من عضو واحد في الفريق.
settings-human-check-always = دائمًا
settings-human-check-always-hint = يُطلب قبل كل تسجيل دخول على جهاز جديد، وكل طلب إعادة تعيين، وكل رسالة إعادة تعيين أو عميل جديد يُرسل من لوحة التحكم.
settings-languages = اللغات
settings-languages-hint = ما يمكن للعملاء والفريق اختياره. المتصفح الذي لا يطلب أيًا منها يحصل على اللغة الافتراضية، واللغة التي ليس لها نص تسجيل دخول خاص بها تعرض نص اللغة الافتراضية.
settings-default-language = اللغة الافتراضية
settings-save = حفظ الإعدادات
settings-saved = تم حفظ الإعدادات.
settings-not-loaded = لم تُحمَّل الإعدادات بعد: أعد تحميل الصفحة وحاول مرة أخرى.
settings-need-attention = { $count ->
    [zero] لا توجد إعدادات تحتاج إلى مراجعة.
    [one] إعداد واحد يحتاج إلى مراجعة.
    [two] إعدادان يحتاجان إلى مراجعة.
    [few] { $count } إعدادات تحتاج إلى مراجعة.
    [many] { $count } إعدادًا تحتاج إلى مراجعة.
   *[other] { $count } إعداد تحتاج إلى مراجعة.
}
settings-problem-lifetime = اختر مدة من { $low } إلى { $high } ساعة ({ $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}).
settings-problem-reuse-hours = لا يمكن أن تكون مهلة إعادة الاستخدام أطول من مدة صلاحية الرابط ({ $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}).
settings-problem-reuse-minutes = لا يمكن أن تكون مهلة إعادة الاستخدام أطول من مدة صلاحية الرابط ({ $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}).
settings-problem-reuse-seconds = لا يمكن أن تكون مهلة إعادة الاستخدام أطول من مدة صلاحية الرابط ({ $count ->
    [zero] { $count } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}).
settings-problem-first-sign-in = اختر من { $low } إلى { $high } دقيقة ({ $hours ->
    [zero] { $hours } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}).
settings-problem-min-password = اختر حدًا أدنى من { $low } إلى { $high } حرفًا.
settings-problem-no-language = فعّل لغة واحدة على الأقل.
settings-problem-pseudo-locale = اللغة الزائفة مخصصة للاختبارات، ويفعّلها الخادم باستخدام { $flag }.
settings-problem-language-twice = فعّل كل لغة مرة واحدة فقط.
settings-problem-default = اختر اللغة الافتراضية من بين اللغات المفعّلة.

## إعداد Portico

setup-title = إعداد Portico
setup-heading = إنشاء أول حساب للفريق
setup-link-missing = تحتاج هذه الصفحة إلى رابط الإعداد الذي طبعه الخادم عند تشغيله.
setup-checking-link = جارٍ التحقق من رابط الإعداد…
setup-name-label = اسمك
setup-name-missing = أدخل اسمك.
setup-password-hint = { $min ->
    [zero] { $min } حرف على الأقل.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $min } أحرف على الأقل.
    [many] { $min } حرفًا على الأقل.
   *[other] { $min } حرف على الأقل.
} بضع كلمات لا علاقة بينها تصنع كلمة مرور قوية وسهلة التذكر.
setup-confirm-label = تأكيد كلمة المرور
setup-fields-need-attention = بعض الحقول تحتاج إلى مراجعة.
setup-submit = إنشاء الحساب
setup-submit-busy = جارٍ إنشاء الحساب…

## The console's frame and shared parts

console-nav-label = لوحة تحكم الفريق
console-nav-clients = العملاء
console-nav-portal = البوابة
console-nav-outbox = صندوق الصادر
console-nav-activity = النشاط
console-nav-api-keys = مفاتيح API
console-nav-webhooks = خطافات الويب
console-leave-question = لديك تغييرات غير محفوظة على نص تسجيل الدخول. هل تريد المغادرة دون حفظ؟
console-archive-warning = يُسجَّل خروج العميل من كل مكان، وتتوقف روابط إعادة التعيين الخاصة به عن العمل، ولا يمكنه تسجيل الدخول حتى تستعيد الحساب.
status-active = نشط
status-archived = مؤرشف
status-password-set = معيّنة
status-password-must-choose = يجب اختيار كلمة مرور
status-password-link-pending = رابط معلّق
status-password-never-set = لم تُعيَّن قط
status-password-link-pending-until = رابط إعادة التعيين معلّق، تنتهي صلاحيته في { $time }
pager-label = الصفحات
pager-previous = السابق
pager-next = التالي
pager-position = الصفحة { $page } من { $pages }
table-region = جدول { $name }
secret-copied = تم النسخ.
secret-copy-failed = لم يسمح متصفحك بالنسخ. حدّد النص وانسخه بنفسك.

## Clients

clients-title = العملاء
clients-add = إضافة عميل
clients-search-label = البحث بالاسم أو البريد الإلكتروني
clients-status-label = الحالة
clients-status-all = الكل
clients-search = بحث
clients-loading = جارٍ تحميل العملاء…
clients-empty = لا يوجد عملاء هنا.
clients-no-match = لا يوجد عملاء يطابقون هذا البحث.
clients-count = { $count ->
    [zero] { $count } عميل
    [one] عميل واحد
    [two] عميلان
    [few] { $count } عملاء
    [many] { $count } عميلًا
   *[other] { $count } عميل
}
clients-caption = العملاء مرتّبين حسب { $column ->
    [email] البريد الإلكتروني
    [last-sign-in] آخر تسجيل دخول
   *[name] الاسم
}، { $order ->
    [descending] تنازليًا
   *[ascending] تصاعديًا
}
clients-column-name = الاسم
clients-column-email = البريد الإلكتروني
clients-column-status = الحالة
clients-column-password = كلمة المرور
clients-column-last-sign-in = آخر تسجيل دخول
clients-column-actions = الإجراءات
clients-never = أبدًا
clients-actions = إجراءات
clients-actions-for = إجراءات العميل { $name }
clients-action-send-reset = إرسال رسالة إعادة التعيين
clients-action-copy-link = نسخ رابط إعادة التعيين
clients-action-set-password = تعيين كلمة المرور
clients-action-unarchive = إلغاء الأرشفة
clients-action-archive = أرشفة…
clients-unavailable-archived = مؤرشف
clients-unavailable-no-link = لا يوجد رابط معلّق
clients-reset-sent = أُرسلت رسالة إعادة تعيين كلمة المرور إلى { $email }.
clients-link-copied = نُسخ رابط إعادة التعيين للعميل { $name }.
clients-copy-failed = لم يسمح متصفحك بالنسخ. افتح صفحة العميل لنسخ الرابط.
clients-no-link = لا يوجد رابط إعادة تعيين معلّق للعميل { $name }: أرسل رابطًا أولًا.
clients-archived = أُرشف حساب { $name }.
clients-restored = استُعيد حساب { $name }.
clients-archive-question = هل تريد أرشفة { $name }؟
clients-archive-confirm = أرشفة
clients-start-title = البدء
clients-start-intro = لا يوجد أحد في القائمة بعد. إليك ثلاث خطوات أولى:
clients-start-add-title = أضف عميلًا
clients-start-add-body = يتلقى العميل رسالة فيها رابط لاختيار كلمة مروره.
clients-start-login-text-title = اكتب نص تسجيل الدخول
clients-start-login-text-body = ما يقرؤه العملاء بجانب نموذج تسجيل الدخول: من أنتم، وبمن يتصلون.
clients-start-login-text-open = افتح محرّر البوابة
clients-start-email-title = إعداد البريد الإلكتروني
clients-start-email-body = إلى أن يُضبط للخادم مُرحِّل SMTP (إعداده { "\u2066" }--smtp-url{ "\u2069" })، تنتظر الرسائل في صندوق الصادر.
clients-start-email-open = افتح صندوق الصادر

## One client

client-title = العميل
client-all-clients = → كل العملاء
client-loading = جارٍ تحميل بيانات العميل…
client-email = البريد الإلكتروني
client-status = الحالة
client-password = كلمة المرور
client-last-sign-in = آخر تسجيل دخول
client-added = تاريخ الإضافة
client-password-must-change = يجب تغييرها عند تسجيل الدخول التالي
client-view-activity = عرض نشاط هذا العميل
client-login-methods = طرق تسجيل الدخول
client-archived-note = لا يمكنك إعادة تعيين كلمة المرور لحساب مؤرشف.
client-set-password = تعيين كلمة مرور جديدة
client-new-password = كلمة المرور الجديدة
client-new-password-hint = اتركه فارغًا لإنشاء كلمة مرور قوية.
client-require-change = طلب تغييرها عند تسجيل الدخول التالي
client-setting-password = جارٍ التعيين…
client-share-password = شاركها مع العميل الآن: لن تُعرض مرة أخرى.
client-new-password-shown = كلمة المرور الجديدة: { $password }
client-copy-password = نسخ كلمة المرور
client-password-copied = نُسخت كلمة المرور.
client-password-copy-failed = لم يسمح متصفحك بالنسخ.
client-send-reset = إرسال رابط إعادة تعيين كلمة المرور
client-send-reset-hint = يرسل إلى العميل رسالة بريد إلكتروني فيها رابط لاختيار كلمة مرور جديدة.
client-sending = جارٍ الإرسال…
client-reset-link = رابط إعادة التعيين
client-copy-link = نسخ الرابط
client-link-copied = نُسخ الرابط.
client-link-copy-failed = لم يسمح متصفحك بالنسخ. حدّد الرابط وانسخه بنفسك.
client-link-sent = أُرسل في
client-link-same-until = الرابط نفسه حتى
client-link-expires = تنتهي صلاحيته في
client-account-status = حالة الحساب
client-restore-hint = استعادة الحساب تتيح للعميل تسجيل الدخول وإعادة تعيين كلمة مروره مجددًا.
client-archive-hint = الأرشفة تسجّل خروج العميل من كل مكان، وتوقف عمل روابطه، وتمنعه من تسجيل الدخول.
client-unarchive = إلغاء الأرشفة
client-archive = أرشفة

## New client

new-client-title = إضافة عميل
new-client-name = الاسم
new-client-password = كلمة المرور (اختيارية)
new-client-password-hint = اتركها فارغة ليختار العميل كلمة مروره بنفسه عبر رابط يُرسل إليه بالبريد الإلكتروني.
new-client-require-change = طلب إعادة تعيين كلمة المرور عند أول تسجيل دخول
new-client-require-change-hint = مع كلمة مرور فقط: يستبدلها العميل عند أول تسجيل دخول له.
new-client-send-instructions = إرسال تعليمات كلمة المرور بالبريد الإلكتروني
new-client-message = رسالة (اختيارية)
new-client-message-hint = تُضمَّن في الرسالة، فوق رابط اختيار كلمة المرور.
new-client-submit = إضافة العميل
new-client-submit-busy = جارٍ إضافة العميل…

## النشاط

activity-title = النشاط
activity-one-client = تُعرض أحداث عميل واحد فقط.
activity-show-everyone = عرض أحداث الجميع
activity-back-to-client = العودة إلى العميل
activity-filter-label = تصفية الأحداث
activity-email-label = البريد الإلكتروني للحساب
activity-kind-label = نوع الحدث
activity-kind-all = كل الأحداث
activity-kind-sign-in = عمليات تسجيل الدخول
activity-kind-password-reset = عمليات إعادة تعيين كلمة المرور
activity-kind-password = تغييرات كلمات المرور
activity-kind-mail = البريد الإلكتروني
activity-kind-account = الحسابات
activity-kind-signed-out = عمليات تسجيل الخروج
activity-kind-session = الأجهزة التي سُجّل الخروج منها
activity-kind-portal = تغييرات البوابة
activity-kind-api-key = مفاتيح API
activity-kind-webhook = خطافات الويب
activity-kind-human-check = عمليات التحقق البشري
activity-filter = تصفية
activity-export = تصدير CSV
activity-loading = جارٍ تحميل النشاط…
activity-empty = لا توجد أحداث مطابقة.
activity-table-name = الأحداث
activity-table-caption = الأحداث، الأحدث أولًا
activity-col-when = الوقت
activity-col-actor = المنفِّذ
activity-col-what = ما حدث
activity-col-ip = عنوان IP
activity-col-details = التفاصيل
activity-someone = شخص ما
activity-sign-in-succeeded = سجّل { $subject } الدخول
activity-sign-in-failed = فشلت محاولة تسجيل الدخول باسم { $subject }
activity-sign-in-throttled = أُبطئت محاولات تسجيل الدخول باسم { $subject }
activity-sign-in-refused-archived = حاول { $subject } تسجيل الدخول، لكن الحساب مؤرشف
activity-signed-out = سجّل { $subject } الخروج
activity-staff-setup-completed = أعدّ { $subject } البوابة
activity-login-text-changed = غيّر { $subject } نص تسجيل الدخول
activity-settings-changed = غيّر { $subject } إعدادات البوابة
activity-branding-changed = غيّر { $subject } الهوية المرئية للبوابة
activity-reset-requested-by-staff = أرسل { $actor } رابط إعادة التعيين إلى { $subject }
activity-reset-requested = طلب { $subject } رابط إعادة التعيين
activity-reset-throttled = قُيّدت طلبات إعادة التعيين للحساب { $subject }
activity-reset-link-opened = فتح { $subject } رابط إعادة التعيين
activity-reset-link-used = اختار { $subject } كلمة مرور جديدة برابط إعادة التعيين
activity-reset-link-expired = فتح { $subject } رابط إعادة تعيين منتهي الصلاحية
activity-password-changed-by-staff = عيّن { $actor } كلمة مرور جديدة للحساب { $subject }
activity-password-changed = تغيّرت كلمة مرور { $subject }
activity-mail-queued = وُضعت رسالة إلى { $subject } في قائمة الانتظار
activity-mail-delivered = سُلّمت رسالة إلى { $subject }
activity-mail-failed = تعذّر تسليم رسالة إلى { $subject }
activity-account-created-by-staff = أضاف { $actor } الحساب { $subject }
activity-account-created = أُنشئ حساب { $subject }
activity-account-archived-by-staff = أرشف { $actor } الحساب { $subject }
activity-account-archived = أُرشف حساب { $subject }
activity-account-unarchived-by-staff = استعاد { $actor } الحساب { $subject }
activity-account-unarchived = استُعيد حساب { $subject }
activity-mail-retried-by-staff = أعاد { $actor } محاولة إرسال رسالة إلى { $subject }
activity-mail-retried = أُعيدت محاولة إرسال رسالة إلى { $subject }
activity-password-change-required = سجّل { $subject } الدخول بكلمة مرور عيّنها الفريق، وعليه اختيار كلمة مروره الخاصة
activity-password-change-expired = لم يختر { $subject } كلمة مرور في الوقت المحدد بعد تسجيل الدخول
activity-password-change-refused = رُفضت كلمة مرور جديدة للحساب { $subject }
activity-session-ended = سجّل { $subject } الخروج من جهاز
activity-account-secured = أبلغ { $subject } أن تغيير كلمة المرور لم يكن من فعله: سُجّل الخروج من كل مكان
activity-api-key-created = أنشأ { $subject } مفتاح API
activity-api-key-revoked = ألغى { $subject } مفتاح API
activity-webhook-created = أضاف { $subject } خطاف ويب
activity-webhook-deleted = حذف { $subject } خطاف ويب
activity-webhook-secret-rolled = جدّد { $subject } سرّ خطاف ويب
activity-human-check-asked = طُلب تحقق بشري قبل خدمة { $subject }
activity-human-check-passed = اجتاز { $subject } تحققًا بشريًا
activity-human-check-failed = رُفض تحقق بشري للحساب { $subject }

## صندوق الصادر

outbox-title = صندوق الصادر
outbox-loading = جارٍ تحميل صندوق الصادر…
outbox-empty = لا توجد رسائل بعد.
outbox-table-name = الرسائل
outbox-table-caption = الرسائل، الأحدث أولًا
outbox-subject = الموضوع
outbox-recipient = المستلم
outbox-queued = وقت الإدراج
outbox-status = الحالة
outbox-attempts = المحاولات
outbox-last-error = آخر خطأ
outbox-status-sent = أُرسلت
outbox-status-failed = فشلت
outbox-status-retrying = في قائمة الانتظار، تُعاد المحاولة
outbox-status-queued = في قائمة الانتظار
outbox-email-title = رسالة بريد إلكتروني
outbox-back = → صندوق الصادر
outbox-from = من
outbox-to = إلى
outbox-sent-at = وقت الإرسال
outbox-retry = إعادة المحاولة
outbox-retry-queued = أُدرجت لمحاولة أخرى.
outbox-text = النص
outbox-text-label = نص الرسالة

## مفاتيح API

keys-title = مفاتيح API
keys-intro = تستدعي الأنظمة الأخرى واجهة API للأتمتة في Portico بمفتاح: { $header }. سمِّ كل مفتاح باسم ما يستخدمه، وألغِه عندما يتوقف ذلك.
keys-name-label = اسم المفتاح
keys-create = إنشاء مفتاح
keys-created = أُنشئ المفتاح «{ $name }». انسخه الآن: لن يُعرض مرة أخرى.
keys-new-key = المفتاح الجديد
keys-copy = نسخ المفتاح
keys-revoked-notice = أُلغي المفتاح «{ $name }». تتلقى الطلبات التي تستخدمه الآن الرمز 401.
keys-loading = جارٍ تحميل المفاتيح…
keys-empty = لا توجد مفاتيح بعد.
keys-table-name = مفاتيح API
keys-table-caption = مفاتيح API، الأحدث أولًا
keys-col-name = الاسم
keys-col-key = المفتاح
keys-col-created = تاريخ الإنشاء
keys-col-last-used = آخر استخدام
keys-col-status = الحالة
keys-col-actions = الإجراءات
keys-never-used = لم يُستخدم قط
keys-revoked-at = أُلغي في { $time }
keys-active = نشط
keys-revoke = إلغاء

## خطافات الويب

webhooks-title = خطافات الويب
webhooks-intro = يُبلغ Portico الأنظمة الأخرى بما يحدث بإرسال JSON بطريقة POST إلى عنوان URL الخاص بها. كل تسليم موقَّع: تحمل الترويسة { $header } القيمة { $value }، وهي HMAC-SHA256 للنص { $signed } بسرّ خطاف الويب. تُعاد محاولة التسليمات الفاشلة بفترات انتظار متزايدة لمدة يوم تقريبًا.
webhooks-add-heading = إضافة خطاف ويب
webhooks-url-label = عنوان URL لنقطة النهاية
webhooks-url-hint = https:// إلى أي مكان؛ أما http:// العادي فإلى هذا الجهاز فقط (127.0.0.1 أو localhost).
webhooks-events-legend = الأحداث المراد إرسالها
webhooks-event-account-created = { $event }: أضاف الفريق عميلًا.
webhooks-event-password-changed = { $event }: عُيّنت كلمة مرور أو غُيّرت، أيًّا كان من فعل ذلك.
webhooks-event-reset-requested = { $event }: أُرسل رابط إعادة تعيين كلمة المرور بالبريد الإلكتروني.
webhooks-event-reset-completed = { $event }: اختار شخص ما كلمة مرور جديدة من رابط إعادة التعيين.
webhooks-description-label = الوصف (اختياري)
webhooks-add = إضافة خطاف الويب
webhooks-created = أُضيف خطاف الويب إلى { $url }. انسخ سرّ التوقيع الخاص به الآن: لن يُعرض مرة أخرى.
webhooks-signing-secret = سرّ التوقيع
webhooks-copy-secret = نسخ السرّ
webhooks-registered = خطافات الويب المسجّلة
webhooks-loading = جارٍ تحميل خطافات الويب…
webhooks-empty = لا توجد خطافات ويب بعد.
webhooks-table-name = خطافات الويب
webhooks-table-caption = خطافات الويب المسجّلة، الأقدم أولًا
webhooks-endpoint = نقطة النهاية
webhooks-events = الأحداث
webhooks-last-delivery = آخر تسليم
webhooks-added = تاريخ الإضافة
webhooks-last-none = لا شيء بعد
webhooks-last-delivered = سُلّم
webhooks-last-failed = فشل
webhooks-last-pending = قيد الإرسال أو إعادة المحاولة
webhooks-status-delivered = سُلّم
webhooks-status-failed = فشل: توقفت المحاولات
webhooks-status-sending = جارٍ الإرسال
webhooks-status-failing = يفشل: المحاولة التالية في { $time }
webhooks-status-queued = في قائمة الانتظار
webhooks-refresh-failed = تعذّر تحديث التسليمات: { $error } ما زلنا نحاول.
webhooks-test-queued = أُدرج حدث الاختبار في قائمة الانتظار. يظهر تسليمه أدناه.
webhooks-retry-queued = أُدرج التسليم لإرساله مرة أخرى الآن.
webhooks-roll-confirm = هل تريد إنشاء سرّ توقيع جديد؟ لمدة 24 ساعة تحمل الترويسة Portico-Signature في كل تسليم قيمة v1 بالسرّ الجديد وأخرى بالسرّ السابق، ليتمكن المستقبِل من الانتقال؛ وعليه قبول التسليم عندما تتطابق أي قيمة v1.
webhooks-delete-confirm = هل تريد حذف خطاف الويب هذا وسجل تسليماته؟ يتوقف المستقبِلون عن تلقي أي شيء من Portico فورًا.
webhooks-deleted = حُذف خطاف الويب.
webhooks-webhook-title = خطاف ويب
webhooks-back = → خطافات الويب
webhooks-description = الوصف
webhooks-previous-secret = السرّ السابق
webhooks-previous-secret-until = يوقّع التسليمات أيضًا حتى { $time }
webhooks-send-test = إرسال حدث اختبار
webhooks-roll = تجديد سرّ التوقيع
webhooks-delete = حذف خطاف الويب
webhooks-rolled = أُنشئ سرّ توقيع جديد. انسخه الآن: لن يُعرض مرة أخرى. حتى { $time } تُوقَّع التسليمات بالسرّ السابق أيضًا، لتتمكن من تحديث المستقبِل.
webhooks-new-signing-secret = سرّ التوقيع الجديد
webhooks-deliveries = التسليمات
webhooks-deliveries-hint = أحدث 50 تسليمًا. افتح أحدها لترى كل محاولة والمحتوى المرسَل بالضبط.
webhooks-nothing-sent = لم يُرسل شيء بعد.
webhooks-event-id = معرّف الحدث
webhooks-delivered-at = وقت التسليم
webhooks-attempts-label = محاولات التسليم { $id }
webhooks-body-label = محتوى التسليم { $id }
webhooks-attempt-when = الوقت
webhooks-attempt-answer = الرد
webhooks-attempt-took = المدة
webhooks-attempt-detail = التفاصيل
webhooks-no-answer = لا رد
webhooks-took = { $ms } مللي ثانية
webhooks-send-again = إرسال مرة أخرى
webhooks-send-again-which = التسليم { $id }
