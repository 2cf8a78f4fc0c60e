-- A person to ask (issue 13): TANYA, a member's question to her group's pendamping, and its answers
-- (JAWAB by SMS, or the console's inbox). An answer is a row of its own, never an edit of the
-- question: "answered" is read from the answers, and a second answer adds a row.
create table questions (
    id                 integer primary key,
    group_id           integer not null references groups(id),
    asked_by_person_id integer not null references people(id),
    body               text not null,
    source             text not null check (source in ('sms', 'whatsapp')),
    source_message_sid text not null references inbound_messages(sid),
    asked_at           text not null
);
create index questions_group on questions (group_id, asked_at);

-- From the console there is no message: source 'console' and no sid, still who and when.
create table question_answers (
    id                    integer primary key,
    question_id           integer not null references questions(id),
    answered_by_person_id integer not null references people(id),
    body                  text not null,
    source                text not null check (source in ('sms', 'whatsapp', 'console')),
    source_message_sid    text references inbound_messages(sid),
    answered_at           text not null,
    check ((source = 'console') = (source_message_sid is null))
);
create index question_answers_question on question_answers (question_id);
