# Passerelle: every word a visitor reads. French is the source language.
# Short sentences, one idea per line, plain words.

## The language itself

# The language's own name, in its own script (language buttons, language button of the bar).
language-name = 简体中文

## The bar on every screen

bar-back = 返回
bar-read-aloud = 朗读屏幕内容
# Spoken only (never shown), by the physical speak button on the welcome screen:
# each offered language in turn, in that language. Pressing the button again
# while it is heard chooses the language.
speak-choose-language = 要用中文，请现在再按一次按钮。
bar-home = 首页
bar-language = 语言
# Leaves at once for the welcome screen, forgetting everything (a visitor may be watched).
bar-quick-exit = 快速退出

## Welcome screen (shown in every language in turn)

welcome-greeting = 您好
welcome-tagline = 用您的语言，讲解您的健康权利
welcome-touch = 请触摸屏幕开始

## Language picker

languages-title = 请选择您的语言

## Home screen

home-title = 我们能帮您什么？
home-intro = 免费使用，而且匿名。我们不会问您的名字。
tile-danger = 有危险或遭受暴力
tile-danger-hint = 免费紧急电话，白天晚上都能打

## Emergency numbers

emergency-title = 紧急电话
emergency-intro = 用固定电话或手机都可以免费拨打。
emergency-15-name = SAMU：医疗急救
emergency-15-what = 突然晕倒或身体非常不舒服，严重受伤，呼吸困难。
emergency-17-name = 警察
emergency-17-what = 您有危险。有人攻击您或打您。
emergency-18-name = 消防队
emergency-18-what = 火灾，事故。
emergency-112-name = 欧洲紧急电话
emergency-112-what = 任何紧急情况。在所有欧盟国家都能打。
emergency-114-name = 短信紧急求助
emergency-114-what = 您不能说话或听不见：请发短信。
emergency-115-name = Samu social：紧急住宿
emergency-115-what = 您没有地方睡觉。可能有翻译，要看所在的省。
emergency-119-name = 儿童有危险
emergency-119-what = 有孩子处于危险中。
emergency-3919-name = Violences Femmes Info
emergency-3919-what = 针对女性的暴力：倾听和建议。匿名。也有阿拉伯语、达利语、波斯语、土耳其语和其他语言，但不一定24小时都有。有危险时：请打17或112。
emergency-free = 免费
emergency-hours-always = 24小时，每周7天
# Hours read only from third parties, not from the service itself.
emergency-hours-to-confirm = 时间待确认
emergency-by-sms = 通过短信
# $sources: the sources (kept in French) with their dates; $verified: the date they were checked.
emergency-sources = 来源：{ $sources }。核实日期：{ $verified }。
