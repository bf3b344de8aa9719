# الرسائل التي يرسلها Portico.

## أجزاء كل رسالة

greeting = مرحبًا { $name }،
paste-link = أو الصق هذا العنوان في متصفحك: { $link }

month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-time = { $day } { $month } { $year }، الساعة { $hour }:{ $minute } UTC

duration-hours = { $count ->
    [zero] أقل من ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
duration-minutes = { $count ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
duration-seconds = { $count ->
    [zero] لحظات
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}

## رابط إعادة التعيين

reset-subject = أعد تعيين كلمة مرورك في { $portal }
reset-intro = طلب شخص ما، ونأمل أن تكون أنت، إعادة تعيين كلمة مرور حسابك في { $portal } ({ $email }). اختر كلمة مرور جديدة من الرابط أدناه.
reset-button = اختر كلمة مرور جديدة
reset-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته خلال { $duration } ({ $when }).
reset-ignore = إن لم تطلب ذلك، فيمكنك تجاهل هذه الرسالة: تبقى كلمة مرورك كما هي.
reset-why = أرسل { $portal } ({ $url }) هذه الرسالة لأن إعادة تعيين كلمة المرور طُلبت لهذا العنوان.

## تعليمات الحساب الجديد

welcome-subject = حسابك في { $portal }
welcome-intro = أُنشئ لك حساب في { $portal } ({ $email }). اختر كلمة مرورك من الرابط أدناه، ثم سجّل الدخول على { $login }.
welcome-message = رسالة من { $portal }:
welcome-button = اختر كلمة مرورك
welcome-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته خلال { $duration } ({ $when }). إذا انتهت صلاحيته، فاطلب رابطًا جديدًا من «هل نسيت كلمة المرور؟» في صفحة تسجيل الدخول.
welcome-why = أرسل { $portal } ({ $url }) هذه الرسالة لأن فريقه أنشأ حسابًا لهذا العنوان.

## الإشعار بعد كل تغيير لكلمة المرور

changed-subject = تغيّرت كلمة مرورك في { $portal }
changed-intro = تغيّرت للتو كلمة مرور حسابك في { $portal } ({ $email }).
changed-when = متى
changed-how = كيف
changed-ip = عنوان IP
changed-location = الموقع التقريبي
changed-device = الجهاز
device-unrecognised = متصفح أو تطبيق غير معروف
device-unrecognised-browser = متصفح غير معروف
device-on = { $browser } على { $os }
changed-how-reset-link = برابط إعادة تعيين أُرسل إلى هذا العنوان
changed-how-in-portal = من صفحة الحساب، بواسطة شخص سجّل الدخول باسمك
changed-how-staff = بواسطة الفريق الذي يدير البوابة
changed-how-automation = بواسطة أداة أتمتة متصلة بالبوابة
changed-how-first-sign-in = عند تسجيل الدخول أول مرة بكلمة مرور حدّدها فريق البوابة
changed-was-you = إن كنت أنت من فعل ذلك، فلا شيء آخر عليك فعله.
changed-not-you = إن لم تكن أنت، فربما يعرف أحدهم كلمة مرورك أو يستطيع قراءة بريدك. استخدم الرابط أدناه: فهو يسجّل خروجك من كل مكان ويرسل إليك رابطًا لاختيار كلمة مرور جديدة. ثم أبلغ الفريق الذي يدير هذه البوابة.
changed-button = لم أكن أنا
changed-why = يرسل { $portal } ({ $url }) هذه الرسالة بعد كل تغيير لكلمة مرور حسابك، أيًّا كان من أجراه.
