# café
nom = 'éàü'; x = 1 +
