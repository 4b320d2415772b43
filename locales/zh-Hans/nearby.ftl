# "Find help nearby": the places near the kiosk and the national lines.
# Short sentences, one idea per line.

## Home tile and screen

tile-nearby = 寻找附近的帮助
tile-nearby-hint = 帮助地点、开放时间、电话
nearby-title = 寻找附近的帮助
nearby-all = 全部
# Shown when the kiosk has no local list of places.
nearby-none = 本机还没有附近帮助地点的列表。
nearby-ask = 请问接待处：“附近哪里可以得到健康权利方面的帮助？”
nearby-no-match = 本机列表里没有这类地点。
nearby-national = 全国电话和网站
# $source: the open-data source; $date: its date.
nearby-attribution = 数据：{ $source } { $date }
nearby-from-result = 附近谁可以帮您

## A place

# $km: distance in kilometres; $minutes: walking time.
place-distance = { $km }公里 · 步行{ $minutes }分钟
# $km: distance in kilometres (too far to walk: no walking time).
place-distance-far = { $km }公里
# $time: closing time, such as 17:00.
place-open-until = 现在开门，到{ $time }
place-open = 现在开门
# $day: a day name; $time: opening time.
place-opens = 已关门。{ $day }{ $time }开门
place-closed = 已关门
place-hours-unknown = 开放时间不详：去之前请先打电话。
place-address = 地址
place-hours = 开放时间
place-phone = 电话
place-appointment-yes = 需要预约
place-appointment-no = 不用预约
place-free = 免费
place-paid = 收费
place-for-exiled = 接待难民和移民
place-for-women = 接待女性
place-remote-too = 也可以远程（电话或网上）
place-remote-only = 只能远程：现场不接待
place-qr = 扫码，把地址和电话存到您的手机上。
place-closed-day = 关门
place-today = 今天
place-tomorrow = 明天

## Days

day-mo = 星期一
day-tu = 星期二
day-we = 星期三
day-th = 星期四
day-fr = 星期五
day-sa = 星期六
day-su = 星期日

## Kinds of place

kind-france-services = France Services（帮助办手续）
kind-pimms = PIMMS（帮助办手续）
kind-ccas = CCAS（市政府社会救助中心）
kind-cpam = Assurance Maladie（医保局，CPAM）
kind-caf = CAF（家庭补助局）
kind-social-services = 省社会服务处
kind-pass = 医院的PASS
kind-pmi = PMI（母婴保健）
kind-cegidd = CeGIDD（检测）
kind-planning = 家庭计划（避孕和生育咨询）
kind-association = 协会
kind-mairie = 市政府

## National lines

national-3646-name = Assurance Maladie（医保局）
national-3646-what = 您的sécurité sociale（法国基本医保）权利、CSS、报销。
national-3646-hours = 通常星期一至星期五，8:30–17:00，各省不同。
national-3939-name = Allô Service Public
national-3939-what = 外国人权利、工作、住房、家庭、司法。不管医疗保险，也不能查看您的档案。
national-3939-hours = 星期一和星期四8:30–18:15。星期二和星期三8:30–13:00。星期五13:00–17:00。
national-0800-name = 性、避孕、人工流产（IVG）
national-0800-what = 免费，匿名。
national-0800-hours = 星期一至星期六，9:00–20:00。
national-116117-name = 值班医生
national-116117-what = 诊所关门时，在傍晚、夜里或周末看医生。
