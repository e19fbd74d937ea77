lexer grammar StatsLexer;

NUMBER : [0-9]+ ;
OTHER : . ;
