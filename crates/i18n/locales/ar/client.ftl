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
