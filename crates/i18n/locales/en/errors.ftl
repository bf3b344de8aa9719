# The API's messages to people: shown by the app as they are.

reset-confirmation = If an account exists for that address, we have emailed a link to reset your password. It expires in { $duration }.
