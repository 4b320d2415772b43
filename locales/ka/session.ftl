# The unattended kiosk: the question asked when nobody has touched the screen for a while.

## Are you still there?

idle-title = ისევ აქ ხართ?
idle-explain = თუ არ უპასუხებთ, ეკრანი საწყის გვერდზე დაბრუნდება და ყველაფერს წაშლის, რომ თქვენი ინფორმაცია დაიცვას.
idle-yes = დიახ, აქ ვარ
idle-seconds = წამი

## Display choices, from the bar

display-title = ეკრანი და ხმა
display-large-text = უფრო დიდი ტექსტი
display-contrast = გაძლიერებული კონტრასტი
display-volume = ხმის სიმაღლე
display-quieter = უფრო ჩუმად
display-louder = უფრო ხმამაღლა
display-done = მზადაა
