-- A training officer may be limited to one agency or team ("agency:Police", "team:North"); "" is everyone.
ALTER TABLE roles ADD COLUMN scope text NOT NULL DEFAULT '';
