# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = 您还在吗？
idle-explain = 如果没有回应，屏幕会回到首页并清除所有内容，以保护您的信息。
idle-yes = 是的，我在
idle-seconds = 秒

## Display choices, from the bar

display-title = 显示和声音
display-large-text = 字体放大
display-contrast = 加强对比度
display-volume = 音量
display-quieter = 调小声
display-louder = 调大声
display-done = 完成
