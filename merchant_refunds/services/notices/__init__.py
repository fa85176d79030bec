"""Customer notices: a template per event and language (:mod:`.templates`), rendered for SMS or
e-mail (:mod:`.rendering`), logged on the refund whatever happens (:mod:`.notice_log`) and sent
through the shop's mail server (:mod:`.mail_server`) when it is set up (:mod:`.delivery`).
Import the module that owns a function.
"""
