# صفحات العملاء.

## مشترك

email-label = البريد الإلكتروني
email-missing = أدخل عنوان بريدك الإلكتروني.
password-label = كلمة المرور
password-missing = أدخل كلمة المرور.
password-show = إظهار
password-show-name = إظهار كلمة المرور
password-caps-lock = مفتاح الأحرف الكبيرة مفعّل.
human-check-progress = نتحقق من أنك لست روبوتًا…
human-check-progress-label = التحقق من أنك لست روبوتًا
network-error = تعذّر الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
language-label = اللغة
back-to-sign-in = العودة إلى تسجيل الدخول

## تسجيل الدخول

sign-in-title = تسجيل الدخول
sign-in-submit = تسجيل الدخول
sign-in-submit-busy = جارٍ تسجيل الدخول…
login-text-label = حول هذه البوابة

## هل نسيت كلمة المرور؟

forgot-title = هل نسيت كلمة المرور؟
forgot-intro = أدخل عنوان البريد الإلكتروني لحسابك وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = أرسل لي رابط إعادة التعيين
forgot-submit-busy = جارٍ الإرسال…
forgot-try-another = جرّب عنوانًا آخر

## تحقّق من بريدك

check-email-title = تحقّق من بريدك
check-email-nothing = لم يصلك شيء بعد بضع دقائق؟
check-email-address = تحقّق من العنوان الذي كتبته: { $address }
check-email-spam = ابحث في مجلد الرسائل غير المرغوب فيها.
check-email-add-sender = أضف { $sender } إلى جهات اتصالك أو قائمة المرسلين الموثوقين، ثم اطلب الرابط مرة أخرى.
check-email-add-our-sender = أضف عنوان المرسل الخاص بنا إلى جهات اتصالك أو قائمة المرسلين الموثوقين، ثم اطلب الرابط مرة أخرى.
loading = جارٍ التحميل…
try-again = حاول مرة أخرى
cancel = إلغاء
one-moment = لحظة من فضلك…
checking-link = جارٍ التحقق من الرابط…
link-missing-code = الرمز مفقود من العنوان. افتح الرابط من الرسالة مرة أخرى، أو انسخه كاملًا.
get-new-link = اطلب رابطًا جديدًا
sign-in-action = تسجيل الدخول

## اختيار كلمة مرور جديدة، أينما كان

new-password-label = كلمة المرور الجديدة
confirm-password-label = تأكيد كلمة المرور الجديدة
password-rules-label = متطلبات كلمة المرور
password-rule-length = { $min ->
    [zero] { $min } حرف على الأقل
    [one] حرف واحد على الأقل
    [two] حرفان على الأقل
    [few] { $min } أحرف على الأقل
    [many] { $min } حرفًا على الأقل
   *[other] { $min } حرف على الأقل
}
password-rule-common = ليست من كلمات المرور الأكثر شيوعًا
password-rule-email = ليست عنوان بريدك الإلكتروني
password-rule-done = (مستوفى)
password-rule-not-yet = (غير مستوفى بعد)
passwords-differ = كلمتا المرور غير متطابقتين.
policy-too-short = { $min ->
    [zero] استخدم { $min } حرف على الأقل.
    [one] استخدم حرفًا واحدًا على الأقل.
    [two] استخدم حرفين على الأقل.
    [few] استخدم { $min } أحرف على الأقل.
    [many] استخدم { $min } حرفًا على الأقل.
   *[other] استخدم { $min } حرف على الأقل.
}
policy-too-long = { $max ->
    [zero] استخدم { $max } حرف على الأكثر.
    [one] استخدم حرفًا واحدًا على الأكثر.
    [two] استخدم حرفين على الأكثر.
    [few] استخدم { $max } أحرف على الأكثر.
    [many] استخدم { $max } حرفًا على الأكثر.
   *[other] استخدم { $max } حرف على الأكثر.
}
policy-same-as-email = لا تجعل عنوان بريدك الإلكتروني كلمة مرورك.
policy-common = هذه إحدى كلمات المرور الأكثر شيوعًا. اختر كلمة مرور يصعب تخمينها.
policy-same-as-current = اختر كلمة مرور مختلفة عن كلمة مرورك الحالية.
setting-password = جارٍ تعيين كلمة المرور…

## صفحة إعادة التعيين، من رسالة إعادة التعيين

reset-title = إعادة تعيين كلمة المرور
reset-choose-title = اختر كلمة مرور جديدة
reset-for = للحساب { $email }. بمجرد تعيينها، سيُسجَّل دخولك هنا وخروجك من كل مكان آخر.
reset-submit = تعيين كلمة المرور الجديدة
reset-link-expired-title = انتهت صلاحية هذا الرابط
reset-link-expired-body = لا تعمل روابط إعادة التعيين إلا لمدة محدودة. يمكننا إرسال رابط جديد إلى العنوان نفسه.
reset-send-new = أرسل لي رابطًا جديدًا
reset-sending = جارٍ الإرسال…
reset-link-used-title = استُخدم هذا الرابط من قبل
reset-link-used-body = يعمل كل رابط لإعادة التعيين مرة واحدة. إذا اخترت به كلمة مرور جديدة، فسجّل الدخول بها.
reset-link-invalid-title = هذا الرابط غير صالح
reset-get-new-to-retry = { $problem } اطلب رابطًا جديدًا للمحاولة مرة أخرى.

## اختيار كلمة مرورك بنفسك عند أول تسجيل دخول

choose-title = اختر كلمة مرور جديدة
choose-welcome = مرحبًا { $name }. كلمة المرور التي سجّلت الدخول بها عُيّنت لك. اختر كلمة مرورك الخاصة للمتابعة، في غضون { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
choose-submit = تعيين كلمة المرور والمتابعة
choose-timed-out-title = انتهت مهلة هذه الخطوة
choose-timed-out-body = حفاظًا على أمانك، يجب اختيار كلمة مرور جديدة في غضون دقائق قليلة من تسجيل الدخول. سجّل الدخول مرة أخرى بكلمة المرور التي أُعطيت لك لتبدأ من جديد.
choose-sign-in-again = سجّل الدخول مرة أخرى
choose-nothing-body = لا توجد كلمة مرور لاختيارها هنا الآن. إذا أُعطيت كلمة مرور، فسجّل الدخول بها أولًا.
choose-go-to-sign-in = الذهاب إلى تسجيل الدخول
