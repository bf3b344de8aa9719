# A signed-in client's pages: the account menu, home, changing the password, devices,
# "This wasn't me", and the pages that are not there. Only the portal and the console load
# these; the sign-in, reset and first-password pages load client.ftl alone.

## قائمة الحساب وصفحاته

menu-change-password = تغيير كلمة المرور
menu-devices = الأجهزة المتصلة
menu-sign-out = تسجيل الخروج
menu-language = اللغة
back-to-portal = → العودة إلى البوابة
home-title = الرئيسية
home-welcome = مرحبًا بك، { $name }
home-intro = لقد سجّلت الدخول إلى { $portal }. تجد في قائمة حسابك، تحت أحرفك الأولى أعلى الصفحة، بياناتك وطريقة تسجيل الخروج.
change-password-title = تغيير كلمة المرور
change-password-disabled-link = اطلب رابط إعادة التعيين
current-password-label = كلمة المرور الحالية
current-password-missing = أدخل كلمة المرور الحالية.
sign-out-others-label = تسجيل الخروج من الأجهزة الأخرى
sign-out-others-hint = يُنصح بذلك إذا كنت تظن أن شخصًا آخر يعرف كلمة مرورك. يبقى هذا الجهاز مسجّل الدخول.
change-password-submit = تغيير كلمة المرور
change-password-busy = جارٍ تغيير كلمة المرور…
change-password-emailed = أرسلنا إليك تأكيدًا بالبريد الإلكتروني.
devices-title = الأجهزة المتصلة
devices-intro = هذه الأجهزة التي سُجّل الدخول منها إلى حسابك الآن. إذا لم تتعرّف على أحدها، فسجّل الخروج منه وغيّر كلمة مرورك.
devices-this-device = هذا الجهاز
devices-ip = عنوان IP { $ip }
devices-signed-in = سُجّل الدخول في { $time }
devices-last-active = آخر نشاط في { $time }
devices-sign-out = تسجيل الخروج
devices-sign-out-name = من { $device } بعنوان IP { $ip }
devices-signed-out-one = سُجّل الخروج من { $device }.
devices-signed-out-others = { $count ->
    [zero] لم يُسجَّل الخروج من أي جهاز آخر.
    [one] سُجّل الخروج من جهاز آخر واحد.
    [two] سُجّل الخروج من جهازين آخرين.
    [few] سُجّل الخروج من { $count } أجهزة أخرى.
    [many] سُجّل الخروج من { $count } جهازًا آخر.
   *[other] سُجّل الخروج من { $count } جهاز آخر.
}
devices-sign-out-all = تسجيل الخروج من كل الأجهزة الأخرى

## «لم أكن أنا»، من رسالة تغيير كلمة المرور

not-me-title = لم أكن أنا
not-me-intro = غيّر شخص ما كلمة مرور { $email }. إن لم تكن أنت، فأمّن الحساب الآن:
not-me-effect-devices = يُسجَّل الخروج من كل جهاز مسجّل الدخول إليه، بما في ذلك جهاز من غيّر كلمة المرور؛
not-me-effect-links = يتوقف عن العمل أي رابط لإعادة التعيين أُرسل من قبل؛
not-me-effect-email = نرسل رابطًا جديدًا إلى هذا العنوان لتختار كلمة مرور جديدة.
not-me-submit = سجّل خروجي من كل مكان وأرسل لي رابط إعادة التعيين
not-me-busy = جارٍ تأمين حسابك…
not-me-tell = ثم أبلغ الفريق الذي يدير هذه البوابة بما حدث.
not-me-done-title = تم تأمين حسابك
not-me-done-body = افتح الرسالة الجديدة واختر كلمة مرور لا يعرفها أحد غيرك.
not-me-used-body = سبق أن سُجّل الخروج من الحساب في كل مكان وأُرسل رابط لإعادة التعيين. إذا كنت لا تزال غير قادر على الدخول، فاطلب رابطًا جديدًا.
not-me-get-link = اطلب رابط إعادة التعيين
not-me-expired-body = حفاظًا على الأمان، كان يعمل لمدة أسبوع فقط. إذا كنت تظن أن شخصًا آخر يعرف كلمة مرورك، فأعد تعيينها الآن.
not-me-reset = أعد تعيين كلمة مروري

## صفحات غير موجودة

not-found-title = الصفحة غير موجودة
not-found-body = لا يوجد شيء على هذا العنوان. ربما نُقلت الصفحة، أو كُتب الرابط بشكل خاطئ.
not-found-home = الذهاب إلى الصفحة الرئيسية للبوابة
forbidden-title = لا صلاحية للوصول
forbidden-heading = هذه الصفحة مخصّصة لفريق البوابة فقط
forbidden-body = ليست لحسابك صلاحية الوصول إليها.
forbidden-home = الذهاب إلى الصفحة الرئيسية لبوابتك
