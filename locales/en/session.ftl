# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = Are you still there?
idle-explain = If you do not answer, the screen goes back to the start and erases everything, to protect your information.
idle-yes = Yes, I am here
idle-seconds = seconds

## Display choices, from the bar

display-title = Display and sound
display-large-text = Larger text
display-contrast = Stronger contrast
display-volume = Volume
display-quieter = Quieter
display-louder = Louder
display-done = Done
