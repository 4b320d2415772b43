# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = আপনি কি এখনও আছেন?
idle-explain = উত্তর না দিলে, আপনার তথ্য সুরক্ষার জন্য স্ক্রিন শুরুর পাতায় ফিরে যাবে এবং সব মুছে ফেলবে।
idle-yes = হ্যাঁ, আমি আছি
idle-seconds = সেকেন্ড

## Display choices, from the bar

display-title = স্ক্রিন ও শব্দ
display-large-text = বড় লেখা
display-contrast = বেশি কনট্রাস্ট
display-volume = ভলিউম
display-quieter = আস্তে
display-louder = জোরে
display-done = ঠিক আছে
