parser grammar StatsParser;

options { tokenVocab = StatsLexer; }

text : (NUMBER | OTHER)* EOF ;
